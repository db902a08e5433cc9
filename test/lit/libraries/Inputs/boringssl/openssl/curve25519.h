/* Minimal BoringSSL header for backdoor-scan's tests: the real declarations of
 * BoringSSL's include/openssl/curve25519.h that the tests use, no bodies. */
#ifndef OPENSSL_HEADER_CURVE25519_H
#define OPENSSL_HEADER_CURVE25519_H
#include <openssl/base.h>
#if defined(__cplusplus)
extern "C" {
#endif
#define ED25519_SIGNATURE_LEN 64
int ED25519_verify(const uint8_t *message, size_t message_len, const uint8_t signature[64], const uint8_t public_key[32]);
#if defined(__cplusplus)
}
#endif
#endif
