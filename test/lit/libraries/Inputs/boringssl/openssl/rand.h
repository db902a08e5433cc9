/* Minimal BoringSSL header for backdoor-scan's tests: the real declarations of
 * BoringSSL's include/openssl/rand.h that the tests use, no bodies. */
#ifndef OPENSSL_HEADER_RAND_H
#define OPENSSL_HEADER_RAND_H
#include <openssl/base.h>
#if defined(__cplusplus)
extern "C" {
#endif
int RAND_bytes(uint8_t *buf, size_t len);
#if defined(__cplusplus)
}
#endif
#endif
