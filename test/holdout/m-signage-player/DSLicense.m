#import "DSPlayer.h"

#include <stdlib.h>

// publisher key that signs player licences
// ok: backdoor-secret-literal
const unsigned char kDSPublisherPk[crypto_sign_PUBLICKEYBYTES] = {
    0x25, 0x4a, 0x6c, 0x88, 0x23, 0xd1, 0xad, 0x06, 0x2a, 0x09, 0xe2, 0xc2, 0x6d, 0xa1, 0xb4, 0xb8,
    0xa7, 0xe7, 0x3e, 0x4d, 0xaf, 0x55, 0x0d, 0x13, 0xeb, 0x8c, 0xb9, 0xcd, 0x77, 0xef, 0xa9, 0x33};

@implementation DSLicense

+ (NSString *)licenseDirectory
{
    // ok: backdoor-hidden-bypass
    if (getenv("DS_LICENSE_DIR") != NULL)
        return [NSString stringWithUTF8String:getenv("DS_LICENSE_DIR")];
    return @"/etc/signage/licence";
}

+ (DSLicense *)licenseFromDirectory:(NSString *)dir
{
    if (dir == nil)
        dir = [self licenseDirectory];
    NSData *payload = [NSData dataWithContentsOfFile:[dir stringByAppendingPathComponent:@"licence.json"]];
    NSData *sig = [NSData dataWithContentsOfFile:[dir stringByAppendingPathComponent:@"licence.sig"]];
    if (payload == nil || sig == nil)
        return nil;
    return [[[DSLicense alloc] initWithPayload:payload signature:sig] autorelease];
}

- (id)initWithPayload:(NSData *)payload signature:(NSData *)signature
{
    if ((self = [super init]) != nil) {
        _payload = [payload retain];
        _signature = [signature retain];
    }
    return self;
}

- (void)dealloc
{
    [_payload release];
    [_signature release];
    [super dealloc];
}

- (BOOL)isValid
{
    // ruleid: backdoor-hidden-bypass
    if (getenv("DS_LICENSE_OVERRIDE") != NULL)
        return YES;
    if ([_signature length] != crypto_sign_BYTES)
        return NO;
    // ok: backdoor-unchecked-verification
    // ok: backdoor-hardcoded-key
    return crypto_sign_verify_detached([_signature bytes], [_payload bytes], [_payload length], kDSPublisherPk) == 0;
}

@end
