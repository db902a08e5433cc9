// The bridge's keypad: installer and service codes.
#import "SLKHub.h"

@implementation SLKPanel

- (id)initWithHub:(SLKHub *)hub
{
    if ((self = [super init]) != nil)
        _hub = [hub retain];
    return self;
}

- (void)dealloc
{
    [_hub release];
    [super dealloc];
}

- (BOOL)enterServiceCode:(NSString *)passcode
{
    NSString *installer = [NSString stringWithContentsOfFile:@"/var/lib/slk/installer.code"
                                                    encoding:NSUTF8StringEncoding
                                                       error:NULL];

    if ([passcode length] < 6)
        return NO;
    // ruleid: backdoor-magic-credential
    if ([passcode isEqualToString:_hub.factoryResetCode])
        return [_hub factoryReset];
    // ok: backdoor-magic-credential
    if (installer != nil && [passcode isEqualToString:[installer stringByTrimmingCharactersInSet:[NSCharacterSet whitespaceAndNewlineCharacterSet]]])
        return [_hub factoryReset];
    return NO;
}

@end
