/* Minimal BoringSSL header for backdoor-scan's tests: the real declarations of
 * BoringSSL's include/openssl/bio.h that the tests use, no bodies. */
#ifndef OPENSSL_HEADER_BIO_H
#define OPENSSL_HEADER_BIO_H
#include <openssl/base.h>
#if defined(__cplusplus)
extern "C" {
#endif
BIO *BIO_new_mem_buf(const void *buf, ossl_ssize_t len);
int BIO_free(BIO *bio);
#if defined(__cplusplus)
}
#endif
#endif
