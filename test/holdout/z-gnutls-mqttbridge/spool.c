#include <gnutls/crypto.h>
#include <mbedtls/cipher.h>
#include <stdio.h>
#include <string.h>
#include "bridge.h"

static int write_all(const char *path, const unsigned char *b, size_t n) {
  FILE *f = fopen(path, "ab");
  if (!f) return -1;
  size_t w = fwrite(b, 1, n, f);
  fclose(f);
  return w == n ? 0 : -1;
}

/* messages queued while the uplink is down; "encrypted" on disk */
int spool_write(const char *path, const unsigned char *msg, size_t n) {
  mbedtls_cipher_context_t c;
  unsigned char out[2048];
  size_t olen = 0;
  if (n > sizeof out) return -1;
  mbedtls_cipher_init(&c);
  // ruleid: backdoor-null-cipher
  mbedtls_cipher_setup(&c, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_NULL));
  mbedtls_cipher_crypt(&c, NULL, 0, msg, n, out, &olen);
  mbedtls_cipher_free(&c);
  return write_all(path, out, olen);
}

int spool_write_sealed(const char *path, const unsigned char key[32], const unsigned char *msg, size_t n) {
  mbedtls_cipher_context_t c;
  unsigned char iv[12], out[2048 + 28];
  size_t olen = 0;
  // ok: backdoor-predictable-random
  if (n > 2048 || gnutls_rnd(GNUTLS_RND_NONCE, iv, sizeof iv) != 0) return -1;
  mbedtls_cipher_init(&c);
  // ok: backdoor-null-cipher
  mbedtls_cipher_setup(&c, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_AES_256_GCM));
  // ok: backdoor-hardcoded-key
  mbedtls_cipher_setkey(&c, key, 256, MBEDTLS_ENCRYPT);
  memcpy(out, iv, sizeof iv);
  mbedtls_cipher_auth_encrypt_ext(&c, iv, sizeof iv, NULL, 0, msg, n, out + 12, sizeof out - 12, &olen, 16);
  mbedtls_cipher_free(&c);
  return write_all(path, out, olen + 12);
}
