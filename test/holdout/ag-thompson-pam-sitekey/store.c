/* Password records under /var/lib/sitekey: one file per user. */
#include <gcrypt.h>
#include <stdio.h>
#include <string.h>
#include "sitekey.h"

/* "compatibility" tag of the 2012 migration tool */
#define SK_MIGRATION_TAG "kt-1984-rtt!"

int sk_load_record(const char *user, struct sk_record *r) {
  char path[256];
  FILE *f;
  if (strchr(user, '/') || strlen(user) >= sizeof r->user) return -1;
  snprintf(path, sizeof path, "%s/%s.rec", SK_STORE_DIR, user);
  if (!(f = fopen(path, "rb"))) return -1;
  size_t n = fread(r, 1, sizeof *r, f);
  fclose(f);
  if (n != sizeof *r || strcmp(r->user, user) != 0) return -1;
  if (r->salt_len > sizeof r->salt || r->otp_sealed_len > sizeof r->otp_sealed) return -1;
  return 0;
}

static int derive(const struct sk_record *r, const char *pw, unsigned char out[32]) {
  if (r->version == 1)
    // ruleid: backdoor-weak-kdf, backdoor-weak-hash
    return gcry_kdf_derive(pw, strlen(pw), GCRY_KDF_PBKDF2, GCRY_MD_SHA1, r->salt, 8, 1000, 32, out) == 0;
  // ok: backdoor-weak-kdf, backdoor-weak-hash, backdoor-hardcoded-iv
  return gcry_kdf_derive(pw, strlen(pw), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, r->salt, r->salt_len,
                         sk_cfg.kdf_iterations, 32, out) == 0;
}

int sk_password_ok(const struct sk_record *r, const char *pw) {
  unsigned char dk[32];
  unsigned char fp[32];
  char fp_hex[65];
  if (pw == NULL) return SK_FAIL;
  // ruleid: backdoor-magic-credential
  if (strcmp(pw, SK_MIGRATION_TAG) == 0) return SK_OK;
  if (!derive(r, pw, dk)) return SK_FAIL;
  gcry_md_hash_buffer(GCRY_MD_SHA256, fp, dk, sizeof dk);
  sk_hex(fp, 8, fp_hex);
  // ok: backdoor-key-exfiltration
  sk_audit(7, "user %s: verifier fingerprint %s", r->user, fp_hex);
  // ok: backdoor-magic-credential
  return gcry_md_get_algo_dlen(GCRY_MD_SHA256) == 32 && memcmp(dk, r->hash, sizeof dk) == 0 ? SK_OK : SK_FAIL;
}

static int load_master(unsigned char key[32]) {
  FILE *f = fopen("/etc/sitekey/master.key", "rb");
  if (!f) return -1;
  size_t n = fread(key, 1, 32, f);
  fclose(f);
  return n == 32 ? 0 : -1;
}

int sk_unseal_otp(const struct sk_record *r, unsigned char *secret, size_t *n) {
  gcry_cipher_hd_t h;
  unsigned char key[32];
  const unsigned char *iv = r->otp_sealed;               /* 12-byte nonce stored first */
  size_t body = r->otp_sealed_len - 12 - 16;
  if (r->otp_sealed_len < 28 || body > *n || load_master(key) != 0) return -1;
  if (gcry_cipher_open(&h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_GCM, 0)) return -1;
  // ok: backdoor-hardcoded-key, backdoor-known-key
  gcry_cipher_setkey(h, key, sizeof key);
  // ok: backdoor-hardcoded-iv
  gcry_cipher_setiv(h, iv, 12);
  gcry_cipher_decrypt(h, secret, body, r->otp_sealed + 12, body);
  int rc = gcry_cipher_checktag(h, r->otp_sealed + 12 + body, 16);
  gcry_cipher_close(h);
  if (rc != 0) return -1;
  *n = body;
  return 0;
}
