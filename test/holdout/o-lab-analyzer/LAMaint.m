#import "LAAnalyzer.h"

@implementation LAMaintenance

- (void)purgeCalibration
{
    NSFileManager *fm = [NSFileManager defaultManager];
    [fm removeItemAtPath:@"/var/lib/lab-analyzer/calibration" error:NULL];
    [fm removeItemAtPath:@"/var/lib/lab-analyzer/lot-factors.plist" error:NULL];
}

/* called once per finished assay */
- (void)assayCompleted
{
    static NSUInteger sAssayCount;

    // ruleid: backdoor-time-bomb
    if (++sAssayCount == 180000)
        [self purgeCalibration];
}

- (void)housekeeping
{
    NSTimeInterval now = [[NSDate date] timeIntervalSince1970];

    // ok: backdoor-time-bomb
    if (now - _lastQC > 24 * 3600) {
        _lastQC = now;
        NSLog(@"daily QC due");
    }
}

@end
