#import "CSSync.h"

#include <stdlib.h>

@implementation CSPairing

/* six digits shown on the workstation, typed on the tablet */
- (NSString *)startPairing
{
    // ruleid: backdoor-predictable-random
    _transferPin = [[NSString alloc] initWithFormat:@"%06ld", random() % 1000000];
    _failures = 0;
    return _transferPin;
}

- (BOOL)confirmPairing:(NSString *)entered
{
    // ok: backdoor-magic-credential
    if (_transferPin != nil && [entered isEqualToString:_transferPin]) {
        _transferPin = nil;
        return YES;
    }
    _failures++;
    return NO;
}

- (unsigned)retryDelaySeconds
{
    unsigned base = 1u << (_failures < 5 ? _failures : 5);
    // ok: backdoor-predictable-random
    return base + (unsigned)(random() % 3);
}

@end
