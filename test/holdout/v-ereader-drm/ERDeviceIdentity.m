/* ERDeviceIdentity.m - the device's RSA key: the store encrypts title keys to it */
#import "ERCore.h"
#include <openssl/rsa.h>
#include <openssl/x509.h>

@implementation ERDeviceIdentity
- (id)initWithGeneration:(int)generation
{
    EVP_PKEY_CTX *kctx;

    if ((self = [super init]) == nil)
        return nil;
    _generation = generation;
    kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
    if (kctx == NULL || EVP_PKEY_keygen_init(kctx) != 1) {
        EVP_PKEY_CTX_free(kctx);
        [self release];
        return nil;
    }
    if (generation < 3) {
        /* readers of the first two generations decrypt with a 1024-bit key in the secure element */
        // ruleid: backdoor-short-key
        EVP_PKEY_CTX_set_rsa_keygen_bits(kctx, 1024);
    } else {
        // ok: backdoor-short-key
        EVP_PKEY_CTX_set_rsa_keygen_bits(kctx, 3072);
    }
    if (EVP_PKEY_keygen(kctx, &_key) != 1)
        _key = NULL;
    EVP_PKEY_CTX_free(kctx);
    return self;
}

- (EVP_PKEY *)privateKey
{
    return _key;
}

- (NSString *)fingerprint
{
    unsigned char *der = NULL, md[32];
    unsigned int mdlen = 0;
    int n = i2d_PUBKEY(_key, &der);

    if (n <= 0)
        return nil;
    // ok: backdoor-weak-hash
    EVP_Digest(der, (size_t)n, md, &mdlen, EVP_sha256(), NULL);
    OPENSSL_free(der);
    return [[NSData dataWithBytes:md length:mdlen] er_hexString];
}

- (void)dealloc
{
    EVP_PKEY_free(_key);
    [super dealloc];
}
@end
