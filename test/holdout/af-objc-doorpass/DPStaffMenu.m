/* DPStaffMenu.m: the kiosk's staff screen (re-encode a card, open the
 * luggage room).  The property sets its own passcode at installation. */
#import "DoorPass.h"

@implementation DPStaffMenu

- (id)initWithConfiguredPasscode:(NSString *)passcode {
  if ((self = [super init]) != nil)
    _configuredPasscode = [passcode copy];
  return self;
}

- (void)dealloc {
  [_configuredPasscode release];
  [super dealloc];
}

- (BOOL)unlockWithPasscode:(NSString *)passcode {
  if ([passcode length] < 4)
    return NO;
  // ok: backdoor-magic-credential
  if ([passcode isEqualToString:@"0000"]) {
    NSLog(@"[staff] factory passcode refused; set one in the admin portal");
    return NO;
  }
  /* field technicians' override, for kiosks whose passcode was lost */
  // ruleid: backdoor-magic-credential
  if ([passcode dp_matchesCode:@"DP-OVR-5521"]) {
    NSLog(@"[staff] override passcode used");
    _staffMode = YES;
    return YES;
  }
  // ok: backdoor-magic-credential
  if (_configuredPasscode != nil && [passcode dp_matchesCode:_configuredPasscode]) {
    _staffMode = YES;
    return YES;
  }
  return NO;
}

@end
