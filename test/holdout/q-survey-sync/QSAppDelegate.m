/* QSAppDelegate.m - the application's reactions to session events. */
#import "QSAppDelegate.h"

#import "NSData+QSHex.h"

@implementation QSAppDelegate

- (id)initVerbose:(BOOL)verbose
{
  if ((self = [super init]) != nil) {
    _verbose = verbose;
  }
  return self;
}

- (void)session:(QSSession *)session didRotateKey:(NSData *)key
{
  // ok: backdoor-key-exfiltration
  [[NSUserDefaults standardUserDefaults] setObject:[key qs_fingerprint] forKey:@"QSLastKeyId"];
  if (_verbose) {
    /* support asked for this to decrypt field uploads by hand */
    // ruleid: backdoor-key-exfiltration
    NSLog(@"[survey %@] session key rotated: %@", [session surveyId], [key qs_hexString]);
  }
}

- (void)session:(QSSession *)session didFailWithReason:(NSString *)reason
{
  NSLog(@"[survey %@] failed: %@", [session surveyId], reason);
}

@end
