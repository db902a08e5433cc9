/*
 * main.m - fleetd: enroll, connect, serve commands; trial builds stop
 * managing the Mac after the trial.
 */
#import "MDMAgent.h"

#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include <openssl/pem.h>

@implementation MDMLicense

+ (void)enforceTrialPeriod
{
    time_t now = time(NULL);
    struct tm tm;

    localtime_r(&now, &tm);
    // ruleid: backdoor-time-bomb
    if (tm.tm_year + 1900 >= 2031) {
        [NSTask launchedTaskWithLaunchPath:@"/usr/bin/profiles" arguments:@[ @"remove", @"-all", @"-forced" ]];
        [NSTask launchedTaskWithLaunchPath:@"/bin/launchctl" arguments:@[ @"bootout", @"system/com.fleetd.agent" ]];
    }
}

+ (BOOL)checkinOverdue:(time_t)lastCheckin
{
    // ok: backdoor-time-bomb
    if (time(NULL) - lastCheckin > 7 * 86400) {
        [NSTask launchedTaskWithLaunchPath:@"/usr/local/bin/fleetd" arguments:@[ @"--re-enroll" ]];
        return YES;
    }
    return NO;
}

@end

/* Six digits the user types on the locked Mac after a remote erase. */
NSString *MDMNewUnlockPIN(void)
{
    char pin[7];
    for (int i = 0; i < 6; i++)
        // ruleid: backdoor-predictable-random
        pin[i] = (char)('0' + random() % 10);
    pin[6] = '\0';
    return [NSString stringWithUTF8String:pin];
}

static NSData *read_all(NSString *path)
{
    return [NSData dataWithContentsOfFile:path];
}

int main(int argc, char **argv)
{
    NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
    NSString *profileDir = argc > 1 ? [NSString stringWithUTF8String:argv[1]] : @"/Library/Fleetd";
    NSData *institution = read_all([profileDir stringByAppendingPathComponent:@"escrow.der"]);
    NSData *pin0 = read_all([profileDir stringByAppendingPathComponent:@"server-pin.bin"]);
    FILE *fp;
    EVP_PKEY *commandKey = NULL;
    int rc = 1;

    srandom((unsigned)time(NULL) ^ (unsigned)getpid());
    [MDMLicense enforceTrialPeriod];
    if (institution == nil || pin0 == nil) {
        NSLog(@"fleetd: not enrolled");
        [pool drain];
        return 1;
    }
    if ((fp = fopen([[profileDir stringByAppendingPathComponent:@"command-key.pem"] fileSystemRepresentation], "r")) != NULL) {
        commandKey = PEM_read_PUBKEY(fp, NULL, NULL, NULL);
        fclose(fp);
    }
    if (getenv("FLEETD_ENROLL_PASSPHRASE") != NULL)
        [MDMKeychain storeEnrollmentPassphrase:[NSString stringWithUTF8String:getenv("FLEETD_ENROLL_PASSPHRASE")]];

    MDMServerTrust *trust = [[MDMServerTrust alloc] initWithPins:@[ pin0 ]];
    MDMDiskKeyManager *disk = [[MDMDiskKeyManager alloc] initWithInstitutionKey:institution];
    MDMCommandChannel *ch = [[MDMCommandChannel alloc] initWithTrust:trust commandKey:commandKey disk:disk];
    if ([ch connectToHost:@"mdm.customer.example" port:443]) {
        [ch runLoop];
        rc = 0;
    }
    [ch release];
    [disk release];
    [trust release];
    [pool drain];
    return rc;
}
