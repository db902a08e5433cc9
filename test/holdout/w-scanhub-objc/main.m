/* main.m - scanhubd */
#include <stdlib.h>
#include <time.h>
#import "SHCore.h"

@interface SHArchiver : NSObject <SHScanJobDelegate>
@end

@implementation SHArchiver
- (void)scanJob:(id)job didFinishWithData:(NSData *)pdf {
  (void)job;
  [pdf writeToFile:@"/srv/scans/last.pdf" atomically:YES];
}
@end

int main(int argc, const char **argv) {
  NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
  (void)argc;
  (void)argv;
  srand((unsigned)time(NULL));
  SHArchiver *archiver = [[SHArchiver alloc] init];
  SHScanJob *job = [[SHScanJob alloc] initWithDelegate:archiver];
  SHCloudUploader *up = [[SHCloudUploader alloc] initWithHost:@"files.example.org"];
  NSData *page = [@"%PDF-1.4" dataUsingEncoding:NSUTF8StringEncoding];
  [up upload:[job sealPage:page]];
  SHPairing *pairing = [[SHPairing alloc] init];
  NSLog(@"pairing pin %@", [pairing newPairingPin]);
  [pairing release];
  [up release];
  [job release];
  [archiver release];
  [pool drain];
  return 0;
}
