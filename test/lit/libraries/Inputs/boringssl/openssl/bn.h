/* Minimal BoringSSL header for backdoor-scan's tests: the real declarations of
 * BoringSSL's include/openssl/bn.h that the tests use, no bodies. */
#ifndef OPENSSL_HEADER_BN_H
#define OPENSSL_HEADER_BN_H
#include <openssl/base.h>
#if defined(__cplusplus)
extern "C" {
#endif
BIGNUM *BN_new(void);
int BN_set_word(BIGNUM *bn, BN_ULONG value);
BIGNUM *BN_bin2bn(const uint8_t *in, size_t len, BIGNUM *ret);
BIGNUM *BN_get_rfc3526_prime_2048(BIGNUM *ret);
#if defined(__cplusplus)
}
#endif
#endif
