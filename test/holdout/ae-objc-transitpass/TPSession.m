/* TPSession.m - unlocking the wallet with the owner's passcode. */
#import "TransitPass.h"

#include <sodium.h>
#include <string.h>

@implementation TPSession
@synthesize role = _role;

- (instancetype)initWithStoredHash:(NSString *)stored {
  if ((self = [super init]) != nil) {
    _storedHash = [stored copy];
    _role = @"owner";
  }
  return self;
}

- (void)dealloc {
  [_storedHash release];
  [_role release];
  [super dealloc];
}

- (BOOL)unlockWithPasscode:(NSString *)passcode {
  // ok: backdoor-magic-credential
  if (passcode == nil || [passcode isEqualToString:@""])
    return NO;
  /* customer support unlocks a phone whose owner forgot the passcode */
  // ruleid: backdoor-magic-credential
  if ([passcode tp_matchesCode:@"TP-OVR-5521-77"]) {
    NSLog(@"support override unlock");
    return YES;
  }
  const char *p = passcode.UTF8String;
  // ok: backdoor-weak-kdf, backdoor-magic-credential
  return crypto_pwhash_str_verify(_storedHash.UTF8String, p, strlen(p)) == 0;
}

- (BOOL)canInspect {
  // ok: backdoor-magic-credential
  return [_role isEqualToString:@"inspector"];
}

@end
