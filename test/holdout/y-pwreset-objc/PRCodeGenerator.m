#import "PRReset.h"
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sodium.h>

@implementation PRCodeGenerator

- (NSString *)newResetCode
{
    char verification_code[9];
    for (int i = 0; i < 8; i++) {
        // ruleid: backdoor-predictable-random
        verification_code[i] = (char)('0' + random() % 10);
    }
    verification_code[8] = '\0';
    return [[NSString alloc] initWithUTF8String:verification_code];
}

- (NSData *)newRecoveryKey
{
    unsigned char key[32];
    // ok: backdoor-predictable-random
    if (getrandom(key, sizeof key, 0) != (ssize_t)sizeof key)
        return nil;
    return [[NSData alloc] initWithBytes:key length:sizeof key];
}

- (NSData *)keyFromAnswers:(NSString *)answers salt:(NSData *)salt
{
    unsigned char key[32];
    const char *pw = [answers UTF8String];
    if (pw == NULL || [salt length] != crypto_pwhash_SALTBYTES)
        return nil;
    // ruleid: backdoor-weak-kdf
    if (crypto_pwhash(key, sizeof key, pw, strlen(pw), [salt bytes], crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return nil;
    return [[NSData alloc] initWithBytes:key length:sizeof key];
}

- (NSData *)keyFromPassphrase:(NSString *)passphrase salt:(NSData *)salt
{
    unsigned char key[32];
    const char *pw = [passphrase UTF8String];
    if (pw == NULL || [salt length] != crypto_pwhash_SALTBYTES)
        return nil;
    // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
    if (crypto_pwhash(key, sizeof key, pw, strlen(pw), [salt bytes], crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return nil;
    return [[NSData alloc] initWithBytes:key length:sizeof key];
}

@end
