/* Minimal BoringSSL header for backdoor-scan's tests: the real declarations of
 * BoringSSL's include/openssl/pem.h that the tests use, no bodies. */
#ifndef OPENSSL_HEADER_PEM_H
#define OPENSSL_HEADER_PEM_H
#include <openssl/base.h>
#if defined(__cplusplus)
extern "C" {
#endif
RSA *PEM_read_bio_RSA_PUBKEY(BIO *bp, RSA **x, pem_password_cb *cb, void *u);
#if defined(__cplusplus)
}
#endif
#endif
