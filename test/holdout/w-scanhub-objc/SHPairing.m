/* SHPairing.m - pairing the hub with the mobile app */
#include <stdlib.h>
#import "SHCore.h"

@implementation SHPairing

- (NSString *)newPairingPin {
  // ruleid: backdoor-predictable-random
  _pairingPin = [[NSString alloc] initWithFormat:@"%06d", rand() % 1000000];
  return _pairingPin;
}

- (NSUInteger)discoveryDelayMs {
  // ok: backdoor-predictable-random
  return (NSUInteger)(rand() % 500);
}

- (void)dealloc {
  [_pairingPin release];
  [super dealloc];
}

@end
