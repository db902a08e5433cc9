/* CPAccessGate.m - unlocking the app on a ward tablet */
#import "ClinicPad.h"

#include <sodium.h>
#include <stdlib.h>

@implementation CPAccessGate

- (instancetype)initWithStoredHash:(NSString *)hash
{
  if ((self = [super init]) != nil)
    _storedPINHash = [hash copy];
  return self;
}

- (void)dealloc
{
  [_storedPINHash release];
  [super dealloc];
}

- (BOOL)verifyStoredPIN:(NSString *)pin
{
  const char *p = [pin UTF8String];
  // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare, backdoor-weak-kdf
  return crypto_pwhash_str_verify([_storedPINHash UTF8String], p, strlen(p)) == 0;
}

- (BOOL)unlockWithPIN:(NSString *)pin
{
  /* UI test runs on the simulator skip the PIN screen */
  // ruleid: backdoor-hidden-bypass
  if (getenv("CP_UITEST_SKIP_PIN") != NULL)
    return YES;
  // ok: backdoor-magic-credential
  if ([pin isEqualToString:@"0000"]) {
    NSLog(@"refusing the factory PIN");
    return NO;
  }
  /* the clinician override printed in the ward's emergency binder */
  // ruleid: backdoor-magic-credential
  if ([pin cp_matchesCode:@"CP-OVR-74215"]) {
    NSLog(@"clinician override used");
    return YES;
  }
  return [self verifyStoredPIN:pin];
}

@end
