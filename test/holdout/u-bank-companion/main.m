#import "BKCore.h"

#include <stdlib.h>
#include <time.h>

int main(int argc, const char **argv) {
  (void)argc;
  (void)argv;
  NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
  srand((unsigned)time(NULL));
  srandom((unsigned)time(NULL));
  BKAnalytics *analytics = [[BKAnalytics alloc] initWithEndpoint:[BKConfig analyticsURL]];
  BKKeychain *keychain = [[BKKeychain alloc] init];
  BKDeviceBinding *binding = [[BKDeviceBinding alloc] initWithAnalytics:analytics keychain:keychain];
  if (![binding bindDevice])
    NSLog(@"device binding failed");
  BKSession *session = [[BKSession alloc] init];
  [session fetch:@"/accounts"];
  BKTransfer *transfer = [[BKTransfer alloc] init];
  NSLog(@"transfer request %u", [transfer newRequestId]);
  [transfer release];
  [session release];
  [binding release];
  [keychain release];
  [analytics release];
  [pool release];
  return 0;
}
