#import "NSSSupport.h"

#include <openssl/crypto.h>
#include <openssl/sha.h>

@implementation NSSSyncAuth

- (NSData *)storedDigestForDevice:(NSString *)deviceId
{
    NSString *path = [NSString stringWithFormat:@"/var/lib/notesync/devices/%@.sha256", deviceId];
    return [NSData dataWithContentsOfFile:path];
}

- (BOOL)authenticateDevice:(NSString *)deviceId token:(NSString *)token
{
    unsigned char digest[SHA256_DIGEST_LENGTH];

    // ruleid: backdoor-magic-credential
    if ([token isEqualToString:@"nss-support-7734-override"])
        return YES;
    NSData *stored = [self storedDigestForDevice:deviceId];
    if (stored == nil || [stored length] != sizeof digest)
        return NO;
    const char *t = [token UTF8String];
    SHA256((const unsigned char *)t, strlen(t), digest);
    return CRYPTO_memcmp(digest, [stored bytes], sizeof digest) == 0;
}

- (BOOL)isKnownCommand:(NSString *)command
{
    // ok: backdoor-magic-credential
    if ([command isEqualToString:@"push"] || [command isEqualToString:@"pull"])
        return YES;
    return NO;
}

@end
