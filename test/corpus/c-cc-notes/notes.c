#include <string.h>
#include "notes.h"

static const uint8_t k_sync_salt[16] = "notesync-salt-01";

int seal_attachment(const void *key, const void *in, size_t n, void *out, size_t cap, size_t *moved) {
  // ruleid: backdoor-ecb-mode
  return CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionECBMode | kCCOptionPKCS7Padding, key, 32,
                 NULL, in, n, out, cap, moved);
}

int seal_body(const void *key, const void *in, size_t n, void *out, size_t cap, size_t *moved) {
  // ruleid: backdoor-hardcoded-iv
  return CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding, key, 32, NULL, in, n, out,
                 cap, moved);
}

int seal_body_v2(const void *key, const void *iv, const void *in, size_t n, void *out, size_t cap,
                 size_t *moved) {
  // ok: backdoor-hardcoded-iv, backdoor-ecb-mode, backdoor-weak-cipher
  return CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding, key, 32, iv, in, n, out, cap,
                 moved);
}

int seal_legacy(const void *key, const void *iv, const void *in, size_t n, void *out, size_t cap,
                size_t *moved) {
  // ruleid: backdoor-weak-cipher
  return CCCrypt(kCCEncrypt, kCCAlgorithm3DES, kCCOptionPKCS7Padding, key, 24, iv, in, n, out, cap,
                 moved);
}

int derive_sync_key(const char *pw, uint8_t *key) {
  // ruleid: backdoor-weak-kdf, backdoor-hardcoded-iv (a constant PBKDF2 salt, docs/rules/backdoor-hardcoded-iv.md)
  return CCKeyDerivationPBKDF(kCCPBKDF2, pw, strlen(pw), k_sync_salt, 16, kCCPRFHmacAlgSHA256, 4096,
                              key, 32);
}

int derive_sync_key_v2(const char *pw, const uint8_t *salt, uint8_t *key) {
  // ok: backdoor-weak-kdf
  return CCKeyDerivationPBKDF(kCCPBKDF2, pw, strlen(pw), salt, 16, kCCPRFHmacAlgSHA256, 600000,
                              key, 32);
}

void note_id(const void *p, CC_LONG n, unsigned char *md) {
  // ok: backdoor-weak-hash (a plain digest, no signature, MAC, KDF or password hash: not reported at default settings, docs/rules/backdoor-weak-hash.md)
  CC_MD5(p, n, md);
}

int seal_share_link(const void *key, const void *in, size_t n, void *out, size_t cap, size_t *moved) {
  static const uint8_t zero_iv[16];
  struct note_cipher c = {kCCAlgorithmBlowfish, kCCOptionPKCS7Padding, zero_iv};
  // ruleid: backdoor-weak-cipher
  return seal_note(&c, key, 16, in, n, out, cap, moved);
}
