/*
 * MDMEscrow.m - public keys for recovery-key escrow: the institution's,
 * from its enrollment profile, and the vendor's "support recovery" key.
 */
#import "MDMAgent.h"

#include <openssl/pem.h>
#include <openssl/x509.h>

static const char kVendorEscrowPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAkXObSNWW1Y/AyQBsLkJF\n"
    "TLnK5zem8nk0hnRgVqxYV+SpkLEHXuAWhMvdqiXfK/1c8cI7wXPhpn0xXAJ6jGVL\n"
    "YaU7iISwITHBkpreineAmpBfOpCON209EPlurnJHFYRp9TWd2XxMNoNtQb/NmLb7\n"
    "qyGgWn46pbRt00eCVoFnBTvBU1VkTecRbYEaG/HnSk7BOEHINICF6k8gddzUYAh8\n"
    "18eJs7/BSWYTMW9Sb0+PEXCCW/3bt3Cn2RoHW/bFRKyJpbID9IlFfISA8AYncOGa\n"
    "yYgml0tO/UYaCfZwZv83sWnypE8TMijnwNCRBQh1AqVWhkBK637Y8kfIrIE98eVe\n"
    "+QIDAQAB\n"
    "-----END PUBLIC KEY-----\n"
    ;

@implementation MDMEscrowAuthority

+ (EVP_PKEY *)vendorKey
{
    static EVP_PKEY *key = NULL;
    if (key == NULL) {
        BIO *bio = BIO_new_mem_buf(kVendorEscrowPem, -1);
        // ok: backdoor-hardcoded-key
        key = PEM_read_bio_PUBKEY(bio, NULL, NULL, NULL);
        BIO_free(bio);
    }
    return key;
}

+ (EVP_PKEY *)institutionKeyFromProfile:(NSData *)der
{
    const unsigned char *p = [der bytes];
    return d2i_PUBKEY(NULL, &p, (long)[der length]);
}

@end
