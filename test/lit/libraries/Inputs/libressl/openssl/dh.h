/* Minimal LibreSSL header for backdoor-scan's tests: the real declarations of
 * LibreSSL's include/openssl/dh.h that the tests use, no bodies. */
#ifndef HEADER_DH_H
#define HEADER_DH_H
#include <openssl/opensslv.h>
#include <openssl/ossl_typ.h>
#ifdef  __cplusplus
extern "C" {
#endif
DH *DH_new(void);
int DH_set0_pqg(DH *dh, BIGNUM *p, BIGNUM *q, BIGNUM *g);
#ifdef  __cplusplus
}
#endif
#endif
