#include "cfgd.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#define LEGACY_SALT_LEN 8

static int encrypt_buf(const EVP_CIPHER *c, const unsigned char *key, const unsigned char *iv,
                       const unsigned char *in, size_t n, unsigned char **out, size_t *outn) {
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  unsigned char *buf = NULL;
  int l1 = 0, l2 = 0, rc = -1;
  if (!ctx) return -1;
  buf = malloc(n + 32);
  if (!buf) goto cleanup;
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
  if (EVP_EncryptInit_ex(ctx, c, NULL, key, iv) != 1) goto cleanup;
  if (EVP_EncryptUpdate(ctx, buf, &l1, in, (int)n) != 1) goto cleanup;
  if (EVP_EncryptFinal_ex(ctx, buf + l1, &l2) != 1) goto cleanup;
  *out = buf;
  *outn = (size_t)(l1 + l2);
  buf = NULL;
  rc = 0;
cleanup:
  free(buf);
  EVP_CIPHER_CTX_free(ctx);
  return rc;
}

int backup_create(const struct cfgd_opts *o, const char *out_name) {
  struct backup_ctx *b = calloc(1, sizeof *b);
  EVP_CIPHER_CTX *ctx = NULL;
  int l1 = 0, l2 = 0, rc = -1;
  if (!b) return -1;
  if (store_get(o->nvram_dump, &b->plain, &b->plain_len) != 0) goto cleanup;
  b->out = malloc(b->plain_len + 64);
  ctx = EVP_CIPHER_CTX_new();
  if (!b->out || !ctx) goto cleanup;
  memcpy(b->out, CFGD_BACKUP_MAGIC, 4);
  if (o->enc_mode == CFGD_ENC_NONE) {
    /* "plain" backups keep the container format so old UIs can read them */
    // ruleid: backdoor-null-cipher
    if (EVP_EncryptInit_ex(ctx, EVP_enc_null(), NULL, NULL, NULL) != 1) goto cleanup;
  } else {
    /* v2 format: every unit shares one key so backups restore on any router */
    // ruleid: backdoor-hardcoded-key, backdoor-hardcoded-iv
    if (EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, g_backup_key, g_backup_iv) != 1) goto cleanup;
  }
  if (EVP_EncryptUpdate(ctx, b->out + 4, &l1, b->plain, (int)b->plain_len) != 1) goto cleanup;
  if (EVP_EncryptFinal_ex(ctx, b->out + 4 + l1, &l2) != 1) goto cleanup;
  b->out_len = 4 + (size_t)(l1 + l2);
  rc = store_put(out_name, b->out, b->out_len);
cleanup:
  EVP_CIPHER_CTX_free(ctx);
  free(b->plain);
  free(b->out);
  free(b);
  return rc;
}

/* v3 format: a per-backup data key, kept next to the backup for the web UI */
int backup_create_v3(const struct cfgd_opts *o, const char *out_name) {
  struct backup_ctx b;
  int rc = -1;
  memset(&b, 0, sizeof b);
  if (store_get(o->nvram_dump, &b.plain, &b.plain_len) != 0) return -1;
  if (RAND_bytes(b.dek, sizeof b.dek) != 1 || RAND_bytes(b.iv, sizeof b.iv) != 1) goto cleanup;
  if (encrypt_buf(EVP_aes_256_cbc(), b.dek, b.iv, b.plain, b.plain_len, &b.out, &b.out_len) != 0) goto cleanup;
  // ok: backdoor-key-exfiltration
  if (store_put(out_name, b.out, b.out_len) != 0) goto cleanup;
  // ruleid: backdoor-key-exfiltration
  rc = store_put("last-backup.dek", b.dek, sizeof b.dek);
cleanup:
  OPENSSL_cleanse(b.dek, sizeof b.dek);
  free(b.plain);
  free(b.out);
  return rc;
}

/* backups made by firmware 1.x ("openssl enc -aes-256-cbc" with the admin password) */
int backup_restore_legacy(const struct cfgd_opts *o, const char *path, const char *pass) {
  unsigned char key[CFGD_KEY_LEN], iv[CFGD_IV_LEN], *in = NULL, *out = NULL;
  size_t n = 0, outn = 0;
  const EVP_CIPHER *c;
  int rc = -1;
  if (store_get(path, &in, &n) != 0) return -1;
  if (n < 16 || memcmp(in, "Salted__", 8) != 0) goto cleanup;
  // ruleid: backdoor-weak-kdf, backdoor-weak-hash
  if (!EVP_BytesToKey(EVP_aes_256_cbc(), EVP_md5(), in + 8, (const unsigned char *)pass, (int)strlen(pass), 1, key, iv)) goto cleanup;
  // ok: backdoor-weak-cipher
  c = EVP_get_cipherbyname(o->legacy_cipher);
  if (!c) goto cleanup;
  (void)out;
  (void)outn;
  log_msg(6, "restoring %s with %s", path, o->legacy_cipher);
  rc = 0;
cleanup:
  OPENSSL_cleanse(key, sizeof key);
  free(in);
  return rc;
}

int tr069_obfuscate(const char *in, unsigned char *out, size_t cap) {
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  unsigned char k[8];
  int l1 = 0, l2 = 0, rc = -1;
  if (!ctx || strlen(in) + 8 > cap) goto cleanup;
  memcpy(k, g_tr069_obf_key, sizeof k);
  // ruleid: backdoor-weak-cipher, backdoor-hardcoded-key, backdoor-hardcoded-iv
  if (EVP_EncryptInit_ex(ctx, EVP_des_cbc(), NULL, k, (const unsigned char *)"\0\0\0\0\0\0\0\0") != 1) goto cleanup;
  if (EVP_EncryptUpdate(ctx, out, &l1, (const unsigned char *)in, (int)strlen(in)) != 1) goto cleanup;
  if (EVP_EncryptFinal_ex(ctx, out + l1, &l2) != 1) goto cleanup;
  rc = l1 + l2;
cleanup:
  EVP_CIPHER_CTX_free(ctx);
  return rc;
}

/* fingerprints of config sections for change detection */
int section_digest(const unsigned char *sec, size_t n, unsigned char out[16]) {
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  unsigned char k[16];
  int l = 0, rc = -1;
  if (!ctx || RAND_bytes(k, sizeof k) != 1) goto cleanup;
  // ruleid: backdoor-ecb-mode
  if (EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, k, NULL) != 1) goto cleanup;
  if (n < 16 || EVP_EncryptUpdate(ctx, out, &l, sec, 16) != 1) goto cleanup;
  rc = 0;
cleanup:
  EVP_CIPHER_CTX_free(ctx);
  return rc;
}
