// Predictable values in Objective-C: a PIN formatted from random() into an
// NSString ivar named as a secret; a display colour formatted the same way
// is not a secret.
// REQUIRES: gnustep-headers
// RUN: %run-both --checks=backdoor-predictable-random %s -- -x objective-c %gnustep | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#import <Foundation/Foundation.h>
#include <stdlib.h>

@interface Pairing : NSObject {
  NSString *_transferPin;
  NSString *_badgeColour;
}
- (void)start;
@end

@implementation Pairing
- (void)start {
  // ruleid: backdoor-predictable-random
  _transferPin = [[NSString alloc] initWithFormat:@"%06ld", random() % 1000000];
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: output of 'random' becomes '_transferPin'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
  // ok: backdoor-predictable-random
  _badgeColour = [NSString stringWithFormat:@"#%06lx", random() % 0xffffff];
}
@end
