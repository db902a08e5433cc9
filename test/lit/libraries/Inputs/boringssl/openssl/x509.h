/* Minimal BoringSSL header for backdoor-scan's tests: the real declarations of
 * BoringSSL's include/openssl/x509.h that the tests use, no bodies. */
#ifndef OPENSSL_HEADER_X509_H
#define OPENSSL_HEADER_X509_H
#include <openssl/base.h>
#if defined(__cplusplus)
extern "C" {
#endif
int X509_verify_cert(X509_STORE_CTX *ctx);
#if defined(__cplusplus)
}
#endif
#endif
