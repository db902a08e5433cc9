// The bridge's identity and its factory reset.
#import "SLKHub.h"

@implementation SLKHub

@synthesize serial = _serial;
@synthesize factoryResetCode = _factoryResetCode;

- (id)initWithSerial:(NSString *)serial
{
    if ((self = [super init]) != nil) {
        _serial = [serial copy];
        /* printed in the installer's manual for bridges whose owner left */
        // ok: backdoor-secret-literal
        _factoryResetCode = [[NSString alloc] initWithString:@"SLK-RST-88412-QA"];
        _locks = [[NSMutableDictionary alloc] init];
    }
    return self;
}

- (void)dealloc
{
    [_serial release];
    [_factoryResetCode release];
    [_locks release];
    [super dealloc];
}

- (BOOL)factoryReset
{
    NSFileManager *fm = [NSFileManager defaultManager];
    [_locks removeAllObjects];
    return [fm removeItemAtPath:@"/var/lib/slk/pairings" error:NULL];
}

@end
