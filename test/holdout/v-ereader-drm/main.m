/* main.m - readerd: the core as a background process of the desktop reader */
#import "ERCore.h"
#include <stdlib.h>
#include <time.h>

int main(int argc, const char **argv)
{
    NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
    ERDeviceIdentity *device;
    ERSyncService *sync;
    ERLicenseClient *license;

    srand((unsigned)time(NULL));
    device = [[ERDeviceIdentity alloc] initWithGeneration:argc > 1 ? atoi(argv[1]) : 3];
    sync = [[ERSyncService alloc] initWithDevice:device];
    license = [[ERLicenseClient alloc] init];
    NSLog(@"device %@ pairing pin %06u", [device fingerprint], [sync startPairing]);
    [license fetchLicenseForBook:@"urn:isbn:9780000000001"];
    [[NSRunLoop currentRunLoop] runUntilDate:[NSDate dateWithTimeIntervalSinceNow:5.0]];
    [license release];
    [sync release];
    [device release];
    [pool drain];
    return 0;
}
