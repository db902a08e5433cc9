#import "CSSync.h"

#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

/* clinic-sync 1.x archives (2014-2017) */
static const int kCSLegacyIterations = 2000;

@implementation CSVault

- (BOOL)unlockWithPassword:(NSString *)password salt:(NSData *)salt
{
    unsigned char key[32];
    const char *pw = [password UTF8String];

    // ok: backdoor-weak-kdf, backdoor-weak-hash, backdoor-hardcoded-iv
    if (PKCS5_PBKDF2_HMAC(pw, (int)strlen(pw), [salt bytes], (int)[salt length], 600000, EVP_sha256(), sizeof key, key) != 1)
        return NO;
    _vaultKey = [[NSData alloc] initWithBytes:key length:sizeof key];
    OPENSSL_cleanse(key, sizeof key);
    return YES;
}

/* 1.x layout: salt[8] | iv[16] | AES-256-CBC ciphertext */
- (BOOL)importLegacyArchive:(NSString *)path password:(NSString *)password
{
    NSData *blob = [NSData dataWithContentsOfFile:path];
    const unsigned char *p = [blob bytes];
    const char *pw = [password UTF8String];
    unsigned char key[32];
    NSMutableData *plain;
    EVP_CIPHER_CTX *ctx;
    int n = 0, m = 0, ok;

    if ([blob length] < 8 + 16 + 16)
        return NO;
    // ruleid: backdoor-weak-kdf, backdoor-weak-hash
    if (PKCS5_PBKDF2_HMAC(pw, (int)strlen(pw), p, 8, kCSLegacyIterations, EVP_sha1(), sizeof key, key) != 1)
        return NO;
    plain = [NSMutableData dataWithLength:[blob length]];
    ctx = EVP_CIPHER_CTX_new();
    // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
    ok = ctx && EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, p + 8) == 1 &&
         EVP_DecryptUpdate(ctx, [plain mutableBytes], &n, p + 24, (int)[blob length] - 24) == 1 &&
         EVP_DecryptFinal_ex(ctx, (unsigned char *)[plain mutableBytes] + n, &m) == 1;
    EVP_CIPHER_CTX_free(ctx);
    OPENSSL_cleanse(key, sizeof key);
    if (!ok)
        return NO;
    [plain setLength:(NSUInteger)(n + m)];
    return [plain writeToFile:[path stringByAppendingPathExtension:@"imported"] atomically:YES];
}

- (NSData *)sealRecord:(NSData *)record
{
    unsigned char nonce[12], tag[16];
    NSMutableData *out;
    EVP_CIPHER_CTX *ctx;
    int n = 0, m = 0, ok;

    if (_vaultKey == nil || RAND_bytes(nonce, sizeof nonce) != 1)
        return nil;
    out = [NSMutableData dataWithLength:sizeof nonce + [record length] + sizeof tag];
    memcpy([out mutableBytes], nonce, sizeof nonce);
    ctx = EVP_CIPHER_CTX_new();
    // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
    ok = ctx && EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, [_vaultKey bytes], nonce) == 1 &&
         EVP_EncryptUpdate(ctx, (unsigned char *)[out mutableBytes] + sizeof nonce, &n, [record bytes], (int)[record length]) == 1 &&
         EVP_EncryptFinal_ex(ctx, (unsigned char *)[out mutableBytes] + sizeof nonce + n, &m) == 1 &&
         EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, sizeof tag, tag) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return nil;
    memcpy((unsigned char *)[out mutableBytes] + sizeof nonce + [record length], tag, sizeof tag);
    return out;
}

@end
