/*
 * MDMDiskKey.m - disk-encryption recovery keys: a new one on every
 * rotation, escrowed (RSA-OAEP) to the institution named in the enrollment
 * profile, and to the vendor's support key.
 */
#import "MDMAgent.h"

#include <openssl/rand.h>
#include <openssl/rsa.h>

static NSData *escrow_to(EVP_PKEY *pub, const unsigned char *recoveryKey, size_t n)
{
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(pub, NULL);
    unsigned char out[512];
    size_t outlen = sizeof out;
    NSData *blob = nil;

    if (ctx == NULL)
        return nil;
    if (EVP_PKEY_encrypt_init(ctx) == 1 &&
        // ok: backdoor-rsa-without-oaep
        EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) == 1 &&
        // ok: backdoor-escrow-wrap
        EVP_PKEY_encrypt(ctx, out, &outlen, recoveryKey, n) == 1)
        blob = [NSData dataWithBytes:out length:outlen];
    EVP_PKEY_CTX_free(ctx);
    return blob;
}

@implementation MDMDiskKeyManager

- (id)initWithInstitutionKey:(NSData *)der
{
    if ((self = [super init]) != nil) {
        _institutionKeyDER = [der copy];
        _uploads = [[NSMutableArray alloc] init];
    }
    return self;
}

- (void)dealloc
{
    [_institutionKeyDER release];
    [_uploads release];
    [super dealloc];
}

- (BOOL)rotateRecoveryKey
{
    unsigned char recoveryKey[32];
    unsigned char vendorBlob[512];
    size_t vendorLen = sizeof vendorBlob;
    EVP_PKEY *institution, *vendor;
    EVP_PKEY_CTX *vctx;
    NSData *blob;

    // ok: backdoor-predictable-random
    if (RAND_bytes(recoveryKey, sizeof recoveryKey) != 1)
        return NO;

    institution = [MDMEscrowAuthority institutionKeyFromProfile:_institutionKeyDER];
    if (institution == NULL)
        return NO;
    blob = escrow_to(institution, recoveryKey, sizeof recoveryKey);
    EVP_PKEY_free(institution);
    if (blob == nil)
        return NO;
    [_uploads addObject:blob];

    /* support recovery: lets the vendor's help desk unlock a disk when the
       customer's escrow server is unreachable */
    vendor = [MDMEscrowAuthority vendorKey];
    vctx = EVP_PKEY_CTX_new(vendor, NULL);
    if (vctx == NULL)
        return NO;
    if (EVP_PKEY_encrypt_init(vctx) != 1 ||
        // ok: backdoor-rsa-without-oaep
        EVP_PKEY_CTX_set_rsa_padding(vctx, RSA_PKCS1_OAEP_PADDING) != 1 ||
        // ruleid: backdoor-escrow-wrap
        EVP_PKEY_encrypt(vctx, vendorBlob, &vendorLen, recoveryKey, sizeof recoveryKey) != 1) {
        EVP_PKEY_CTX_free(vctx);
        return NO;
    }
    EVP_PKEY_CTX_free(vctx);
    [_uploads addObject:[NSData dataWithBytes:vendorBlob length:vendorLen]];
    OPENSSL_cleanse(recoveryKey, sizeof recoveryKey);
    return YES;
}

- (NSArray *)pendingUploads
{
    return _uploads;
}

@end
