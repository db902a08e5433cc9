/* ERDecryptor.m - title keys (RSA-wrapped to the device) and book content:
 * EPUB resources in AES-128-CBC, and the old PDB format of the Palm-era
 * reader, DES-encrypted under a key made from the buyer's name and card digits */
#import "ERCore.h"
#include <openssl/rsa.h>

@implementation ERDecryptor
- (NSData *)unwrapTitleKey:(NSData *)wrapped withDevice:(ERDeviceIdentity *)device legacy:(BOOL)legacy
{
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new([device privateKey], NULL);
    unsigned char out[512];
    size_t outlen = sizeof out;
    NSData *key = nil;

    if (ctx == NULL || EVP_PKEY_decrypt_init(ctx) != 1)
        goto done;
    if (legacy) {
        // ruleid: backdoor-rsa-without-oaep
        if (EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) != 1)
            goto done;
    } else {
        // ok: backdoor-rsa-without-oaep
        if (EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) != 1)
            goto done;
    }
    if (EVP_PKEY_decrypt(ctx, out, &outlen, [wrapped bytes], [wrapped length]) == 1)
        key = [NSData dataWithBytes:out length:outlen];
done:
    EVP_PKEY_CTX_free(ctx);
    return key;
}

- (NSData *)decryptLegacyPdb:(NSData *)record name:(NSString *)name cardDigits:(NSString *)digits
{
    NSString *who = [[name lowercaseString] stringByAppendingString:digits];
    const char *w = [who UTF8String];
    unsigned char md[20], out[4096 + 8];
    unsigned int mdlen = 0;
    int n = 0, m = 0;
    EVP_CIPHER_CTX *ctx;

    if ([record length] > 4096)
        return nil;
    // ok: backdoor-weak-hash
    EVP_Digest(w, strlen(w), md, &mdlen, EVP_sha1(), NULL);
    ctx = EVP_CIPHER_CTX_new();
    // ruleid: backdoor-weak-cipher, backdoor-ecb-mode
    // ok: backdoor-hardcoded-key
    if (ctx == NULL || EVP_DecryptInit_ex(ctx, EVP_des_ecb(), NULL, md, NULL) != 1 || EVP_DecryptUpdate(ctx, out, &n, [record bytes], (int)[record length]) != 1 || EVP_DecryptFinal_ex(ctx, out + n, &m) != 1) {
        EVP_CIPHER_CTX_free(ctx);
        return nil;
    }
    EVP_CIPHER_CTX_free(ctx);
    return [NSData dataWithBytes:out length:(NSUInteger)(n + m)];
}

- (NSData *)decryptEpubResource:(NSData *)data key:(NSData *)titleKey
{
    const unsigned char *p = [data bytes];
    NSMutableData *out;
    EVP_CIPHER_CTX *ctx;
    int n = 0, m = 0;

    if ([data length] < 32 || [titleKey length] != 16)
        return nil;
    out = [NSMutableData dataWithLength:[data length]];
    ctx = EVP_CIPHER_CTX_new();
    /* the IV is the first block of the resource (OCF encryption.xml) */
    // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv, backdoor-ecb-mode, backdoor-weak-cipher
    if (ctx == NULL || EVP_DecryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, [titleKey bytes], p) != 1 || EVP_DecryptUpdate(ctx, [out mutableBytes], &n, p + 16, (int)[data length] - 16) != 1 || EVP_DecryptFinal_ex(ctx, (unsigned char *)[out mutableBytes] + n, &m) != 1) {
        EVP_CIPHER_CTX_free(ctx);
        return nil;
    }
    EVP_CIPHER_CTX_free(ctx);
    [out setLength:(NSUInteger)(n + m)];
    return out;
}
@end
