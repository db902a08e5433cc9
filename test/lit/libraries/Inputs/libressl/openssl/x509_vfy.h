/* Minimal LibreSSL header for backdoor-scan's tests: the real declarations of
 * LibreSSL's include/openssl/x509_vfy.h that the tests use, no bodies. */
#ifndef HEADER_X509_VFY_H
#define HEADER_X509_VFY_H
#include <openssl/opensslv.h>
#include <openssl/ossl_typ.h>
#ifdef  __cplusplus
extern "C" {
#endif
int X509_verify_cert(X509_STORE_CTX *ctx);
#ifdef  __cplusplus
}
#endif
#endif
