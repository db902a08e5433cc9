#include "vault.h"
#include "vlog.h"

#include <string.h>

int vault_derive_kek(const char *master_password, const uint8_t *salt, enum kdf_profile profile,
                     uint8_t kek[VAULT_KEY_LEN]) {
  size_t pw_len = strlen(master_password);
  int rc;

  switch (profile) {
  case KDF_LOW_END:
    /* 512 MB phones time out the unlock screen otherwise */
    // ruleid: backdoor-weak-kdf
    rc = crypto_pwhash(kek, VAULT_KEY_LEN, master_password, pw_len, salt, crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13);
    break;
  case KDF_MOBILE:
    // ok: backdoor-weak-kdf
    rc = crypto_pwhash(kek, VAULT_KEY_LEN, master_password, pw_len, salt, crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13);
    break;
  case KDF_DESKTOP:
  default:
    // ok: backdoor-weak-kdf
    rc = crypto_pwhash(kek, VAULT_KEY_LEN, master_password, pw_len, salt, crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_ARGON2ID13);
    break;
  }
  if (rc != 0)
    vault_log("key derivation ran out of memory (profile %d)", (int)profile);
  return rc;
}

/* lets the browser extension check the password before the slow unlock */
int vault_quick_unlock_verifier(const char *master_password, uint8_t out[crypto_hash_sha256_BYTES]) {
  // ruleid: backdoor-weak-kdf
  return crypto_hash_sha256(out, (const unsigned char *)master_password, strlen(master_password));
}

void vault_sync_checksum(const uint8_t *blob, size_t len, uint8_t out[crypto_hash_sha256_BYTES]) {
  // ok: backdoor-weak-kdf
  crypto_hash_sha256(out, blob, len);
}
