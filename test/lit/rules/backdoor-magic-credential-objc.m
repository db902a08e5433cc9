// Literal credentials in Objective-C methods: a PIN compared with a
// Foundation string comparison that returns YES is a magic credential; a
// trivial PIN refused with NO is not.
// REQUIRES: gnustep-headers
// RUN: %run-both --checks=backdoor-magic-credential %s -- -x objective-c %gnustep | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#import <Foundation/Foundation.h>

@interface PinGate : NSObject
- (BOOL)checkPin:(NSString *)pin;
- (BOOL)verifyStored:(NSString *)pin;
@end

@implementation PinGate
- (BOOL)verifyStored:(NSString *)pin {
  return [pin length] > 6;
}
- (BOOL)checkPin:(NSString *)pin {
  // ok: backdoor-magic-credential
  if ([pin length] < 4 || [pin isEqualToString:@"0000"])
    return NO;
  // ruleid: backdoor-magic-credential
  if ([pin isEqualToString:@"982611"])
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'pin' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
    return YES;
  return [self verifyStored:pin];
}
@end

// A category's comparison method of the same unit: its operands are the
// receiver and the argument, compared with -isEqualToString: after a nil
// check; a literal override code handed to it unlocks as the comparison
// itself would. A method that only measures its argument compares nothing.
@interface NSString (GateAuth)
- (BOOL)gate_matchesCode:(NSString *)code;
- (BOOL)gate_longerThan:(NSString *)other;
@end

@implementation NSString (GateAuth)
- (BOOL)gate_matchesCode:(NSString *)code {
  if (code == nil)
    return NO;
  return [self isEqualToString:code];
}
- (BOOL)gate_longerThan:(NSString *)other {
  return [self length] > [other length];
}
@end

@interface Unlocker : NSObject
- (BOOL)unlockWithPasscode:(NSString *)passcode;
@end

@implementation Unlocker
- (BOOL)unlockWithPasscode:(NSString *)passcode {
  // ok: backdoor-magic-credential
  if ([passcode gate_longerThan:@"GATE-OVR-20931"])
    return NO;
  // ruleid: backdoor-magic-credential
  if ([passcode gate_matchesCode:@"GATE-OVR-20931"])
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'passcode' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
    return YES;
  return NO;
}
@end

// A branch that logs and grants is a grant, not a warning: the log call
// does not make it a refusal. One that only warns about a default PIN and
// goes on to the real check grants nothing.
@interface BreakGlass : NSObject
- (BOOL)authorizeEmergencyAccess:(NSString *)pin;
- (BOOL)checkPin:(NSString *)pin;
@end

@implementation BreakGlass
- (BOOL)checkPin:(NSString *)pin {
  return [pin length] > 8;
}
- (BOOL)authorizeEmergencyAccess:(NSString *)pin {
  if ([pin length] == 0)
    return NO;
  // ruleid: backdoor-magic-credential
  if ([pin isEqualToString:@"7261-0944"]) {
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'pin' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
    NSLog(@"break-glass access granted");
    return YES;
  }
  // ok: backdoor-magic-credential
  if ([pin isEqualToString:@"0000-0000"]) {
    NSLog(@"warning: the factory PIN is still set");
  }
  return [self checkPin:pin];
}
@end
