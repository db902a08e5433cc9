#import "NotesRelay.h"

int main(int argc, const char **argv) {
  (void)argc; (void)argv;
  NSAutoreleasePool *pool = [NSAutoreleasePool new];
  NRRelayServer *srv = [[NRRelayServer alloc] init];
  NRKeyStore *ks = [[NRKeyStore alloc] init];
  [ks migrateLegacyItems];
  NSFileHandle *in = [NSFileHandle fileHandleWithStandardInput];
  NSData *d = [in availableData];
  NSString *line = [[[NSString alloc] initWithData:d encoding:NSUTF8StringEncoding] autorelease];
  [srv handleLine:line fromHost:@"stdin"];
  [srv release];
  [ks release];
  [pool drain];
  return 0;
}
