// Pairing a lock: the owner types the lock's PIN on the phone; bridge and
// lock derive the session key from it.
#import "SLKHub.h"

#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

@implementation SLKLockSession

- (id)initWithLock:(NSString *)lockId delegate:(id<SLKLockSessionDelegate>)delegate
{
    if ((self = [super init]) != nil) {
        _lockId = [lockId copy];
        _delegate = delegate;
    }
    return self;
}

- (void)dealloc
{
    [_lockId release];
    [_sessionKey release];
    [super dealloc];
}

- (BOOL)pairWithOwnerPIN:(NSString *)pin
{
    NSData *salt = [SLKDefaults pairingSalt];
    const char *p = [pin UTF8String];
    unsigned char key[32];

    if (p == NULL || strlen(p) < 6) {
        [_delegate lockSession:self didFailWithReason:@"PIN too short"];
        return NO;
    }
    // ruleid: backdoor-hardcoded-iv
    // ok: backdoor-weak-kdf
    if (PKCS5_PBKDF2_HMAC(p, (int)strlen(p), [salt bytes], (int)[salt length], [SLKDefaults kdfRounds], EVP_sha256(), sizeof key, key) != 1) {
        [_delegate lockSession:self didFailWithReason:@"key derivation failed"];
        return NO;
    }
    [_sessionKey release];
    _sessionKey = [[NSData alloc] initWithBytes:key length:sizeof key];
    OPENSSL_cleanse(key, sizeof key);
    [_delegate lockSession:self didDeriveKey:_sessionKey];
    return YES;
}

- (NSData *)sessionKey
{
    return _sessionKey;
}

@end
