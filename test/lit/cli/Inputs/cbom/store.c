// Mbed TLS: AES-128-CBC again, AES-256-GCM, PBKDF2-HMAC-SHA-256.
#include <mbedtls/cipher.h>

int open_store(mbedtls_cipher_context_t *c, mbedtls_cipher_context_t *g) {
  mbedtls_cipher_setup(c, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_AES_128_CBC));
  return mbedtls_cipher_setup(g, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_AES_256_GCM));
}

int derive(const unsigned char *pw, size_t n, const unsigned char *salt, unsigned char *out) {
  return mbedtls_pkcs5_pbkdf2_hmac_ext(MBEDTLS_MD_SHA256, pw, n, salt, 16, 310000, 32, out);
}
