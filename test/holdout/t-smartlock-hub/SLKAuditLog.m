// The bridge's audit log: pairings, failures, relay commands.
#import "SLKHub.h"

@implementation SLKAuditLog

- (id)initWithPath:(NSString *)path
{
    if ((self = [super init]) != nil) {
        if (![[NSFileManager defaultManager] fileExistsAtPath:path])
            [[NSFileManager defaultManager] createFileAtPath:path contents:nil attributes:nil];
        _out = [[NSFileHandle fileHandleForWritingAtPath:path] retain];
        [_out seekToEndOfFile];
    }
    return self;
}

- (void)dealloc
{
    [_out release];
    [super dealloc];
}

- (void)note:(NSString *)line
{
    NSString *stamped = [NSString stringWithFormat:@"%@ %@\n", [NSDate date], line];
    // ok: backdoor-key-exfiltration
    [_out writeData:[stamped dataUsingEncoding:NSUTF8StringEncoding]];
}

- (void)lockSession:(SLKLockSession *)session didDeriveKey:(NSData *)key
{
    [self note:@"lock paired"];
    // ruleid: backdoor-key-exfiltration
    NSLog(@"slkhubd: pairing complete, session key %@", key);
}

- (void)lockSession:(SLKLockSession *)session didFailWithReason:(NSString *)reason
{
    // ok: backdoor-key-exfiltration
    NSLog(@"slkhubd: pairing failed: %@", reason);
}

@end
