// The local search index and the attachment cache.
#import "MXMail.h"

#include <openssl/rand.h>

@implementation MXIndex

- (id)initWithPath:(NSString *)path
{
    if ((self = [super init]) != nil)
        _path = [path copy];
    return self;
}

- (void)dealloc
{
    [_path release];
    [super dealloc];
}

/* Index records go through the same sealing step as the message store; the
 * index's own key management never shipped, so the slot holds no cipher. */
- (BOOL)writeTerms:(NSData *)terms
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    NSMutableData *out = [NSMutableData dataWithLength:[terms length] + 16];
    int n = 0, fin = 0;
    BOOL ok;

    // ruleid: backdoor-null-cipher
    ok = EVP_EncryptInit_ex(ctx, EVP_enc_null(), NULL, NULL, NULL) == 1 &&
         EVP_EncryptUpdate(ctx, [out mutableBytes], &n, [terms bytes], (int)[terms length]) == 1 &&
         EVP_EncryptFinal_ex(ctx, (unsigned char *)[out mutableBytes] + n, &fin) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return NO;
    [out setLength:(NSUInteger)(n + fin)];
    return [out writeToFile:[_path stringByAppendingPathComponent:@"terms.idx"] atomically:YES];
}

- (NSData *)cacheAttachment:(NSData *)attachment
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    unsigned char iv[16];
    NSMutableData *out = [NSMutableData dataWithLength:[attachment length] + 32];
    int n = 0, fin = 0;

    // ok: backdoor-predictable-random
    if (RAND_bytes(iv, sizeof iv) != 1)
        return nil;
    // ruleid: backdoor-known-key
    // ok: backdoor-hardcoded-iv, backdoor-weak-cipher, backdoor-ecb-mode
    if (EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, (const unsigned char *)"YELLOW SUBMARINE", iv) != 1 ||
        EVP_EncryptUpdate(ctx, (unsigned char *)[out mutableBytes] + 16, &n, [attachment bytes], (int)[attachment length]) != 1 ||
        EVP_EncryptFinal_ex(ctx, (unsigned char *)[out mutableBytes] + 16 + n, &fin) != 1) {
        EVP_CIPHER_CTX_free(ctx);
        return nil;
    }
    EVP_CIPHER_CTX_free(ctx);
    memcpy([out mutableBytes], iv, 16);
    [out setLength:(NSUInteger)(16 + n + fin)];
    return out;
}

@end
