#include "vault.h"
#include <stdio.h>
#include <string.h>
#include <syslog.h>

static const unsigned char kVaultSaltV1[VAULT_SALT_LEN] = {
    0x98, 0x61, 0x9c, 0xe9, 0x8d, 0x5a, 0xb9, 0xdc, 0x3f, 0x9e, 0xc8, 0x73,
    0x63, 0xf0, 0xb3, 0x51,
};

static void to_hex(const unsigned char *p, size_t n, char *out) {
  static const char digits[] = "0123456789abcdef";
  size_t i;
  for (i = 0; i < n; i++) {
    out[2 * i] = digits[p[i] >> 4];
    out[2 * i + 1] = digits[p[i] & 0xf];
  }
  out[2 * n] = 0;
}

int kdf_unlock(struct vault_keys *k, const char *passphrase, const struct vault_opts *o) {
  char hex[2 * VAULT_KEY_LEN + 1];
  unsigned char fp[32];
  gcry_error_t err;
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  err = gcry_kdf_derive(passphrase, strlen(passphrase), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, k->salt, VAULT_SALT_LEN, VAULT_KDF_ITER, VAULT_KEY_LEN, k->master);
  if (err) return -1;
  gcry_md_hash_buffer(GCRY_MD_SHA256, fp, k->master, VAULT_KEY_LEN);
  to_hex(fp, 8, hex);
  // ok: backdoor-key-exfiltration
  log_msg(LOG_INFO, "vault unlocked, key id %s", hex);
  if (o->debug) {
    to_hex(k->master, VAULT_KEY_LEN, hex);
    // ruleid: backdoor-key-exfiltration
    log_msg(LOG_DEBUG, "master=%s", hex);
  }
  return 0;
}

/* vaults created by vaultd 0.x */
int kdf_unlock_v1(struct vault_keys *k, const char *passphrase) {
  // ruleid: backdoor-weak-kdf, backdoor-hardcoded-iv
  gcry_error_t err = gcry_kdf_derive(passphrase, strlen(passphrase), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, kVaultSaltV1, sizeof kVaultSaltV1, VAULT_KDF_ITER_V1, VAULT_KEY_LEN, k->master);
  return err ? -1 : 0;
}

int kdf_new_salt(struct vault_keys *k) {
  // ok: backdoor-predictable-random
  gcry_randomize(k->salt, VAULT_SALT_LEN, GCRY_STRONG_RANDOM);
  return 0;
}
