#include <string.h>
#include "signer.h"

static const unsigned char k_blob_iv[16] = "0000000000000000";

gcry_error_t seal_blob(const unsigned char *key, unsigned char *buf, size_t n) {
  gcry_cipher_hd_t h;
  // ruleid: backdoor-ecb-mode
  gcry_cipher_open(&h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_ECB, 0);
  gcry_cipher_setkey(h, key, 32);
  gcry_error_t e = gcry_cipher_encrypt(h, buf, n, NULL, 0);
  gcry_cipher_close(h);
  return e;
}

gcry_error_t seal_blob_cbc(const unsigned char *key, unsigned char *buf, size_t n) {
  gcry_cipher_hd_t h;
  // ok: backdoor-ecb-mode, backdoor-weak-cipher
  gcry_cipher_open(&h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_CBC, 0);
  gcry_cipher_setkey(h, key, 32);
  // ruleid: backdoor-hardcoded-iv
  gcry_cipher_setiv(h, k_blob_iv, 16);
  gcry_error_t e = gcry_cipher_encrypt(h, buf, n, NULL, 0);
  gcry_cipher_close(h);
  return e;
}

gcry_error_t seal_legacy(const unsigned char *key, unsigned char *buf, size_t n) {
  gcry_cipher_hd_t h;
  // ruleid: backdoor-weak-cipher
  gcry_cipher_open(&h, GCRY_CIPHER_ARCFOUR, GCRY_CIPHER_MODE_STREAM, 0);
  gcry_cipher_setkey(h, key, 16);
  gcry_error_t e = gcry_cipher_encrypt(h, buf, n, NULL, 0);
  gcry_cipher_close(h);
  return e;
}

void blob_id(const unsigned char *buf, size_t n, unsigned char *out) {
  // ok: backdoor-weak-hash (a plain digest, no signature, MAC, KDF or password hash: not reported at default settings, docs/rules/backdoor-weak-hash.md)
  gcry_md_hash_buffer(GCRY_MD_MD5, out, buf, n);
}

void blob_digest(const unsigned char *buf, size_t n, unsigned char *out) {
  // ok: backdoor-weak-hash
  gcry_md_hash_buffer(GCRY_MD_SHA256, out, buf, n);
}

gcry_error_t derive_blob_key(const char *pw, const unsigned char *salt, unsigned char *key) {
  // ruleid: backdoor-weak-kdf
  return gcry_kdf_derive(pw, strlen(pw), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, salt, 16, 500, 32, key);
}
