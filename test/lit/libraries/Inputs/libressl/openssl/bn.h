/* Minimal LibreSSL header for backdoor-scan's tests: the real declarations of
 * LibreSSL's include/openssl/bn.h that the tests use, no bodies. */
#ifndef HEADER_BN_H
#define HEADER_BN_H
#include <openssl/opensslv.h>
#include <openssl/ossl_typ.h>
#ifdef  __cplusplus
extern "C" {
#endif
BIGNUM *BN_new(void);
int BN_set_word(BIGNUM *a, unsigned long w);
BIGNUM *BN_bin2bn(const unsigned char *s, int len, BIGNUM *ret);
#ifdef  __cplusplus
}
#endif
#endif
