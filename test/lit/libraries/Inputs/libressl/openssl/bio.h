/* Minimal LibreSSL header for backdoor-scan's tests: the real declarations of
 * LibreSSL's include/openssl/bio.h that the tests use, no bodies. */
#ifndef HEADER_BIO_H
#define HEADER_BIO_H
#include <openssl/opensslv.h>
#include <openssl/ossl_typ.h>
#ifdef  __cplusplus
extern "C" {
#endif
BIO *BIO_new_mem_buf(const void *buf, int len);
#ifdef  __cplusplus
}
#endif
#endif
