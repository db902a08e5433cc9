/* Minimal LibreSSL header for backdoor-scan's tests: the real declarations of
 * LibreSSL's include/openssl/rand.h that the tests use, no bodies. */
#ifndef HEADER_RAND_H
#define HEADER_RAND_H
#include <openssl/opensslv.h>
#include <openssl/ossl_typ.h>
#ifdef  __cplusplus
extern "C" {
#endif
int RAND_bytes(unsigned char *buf, int num);
#ifdef  __cplusplus
}
#endif
#endif
