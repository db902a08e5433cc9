/* Minimal BoringSSL header for backdoor-scan's tests: the real declarations of
 * BoringSSL's include/openssl/dh.h that the tests use, no bodies. */
#ifndef OPENSSL_HEADER_DH_H
#define OPENSSL_HEADER_DH_H
#include <openssl/base.h>
#if defined(__cplusplus)
extern "C" {
#endif
DH *DH_new(void);
int DH_set0_pqg(DH *dh, BIGNUM *p, BIGNUM *q, BIGNUM *g);
DH *DH_get_rfc7919_2048(void);
#if defined(__cplusplus)
}
#endif
#endif
