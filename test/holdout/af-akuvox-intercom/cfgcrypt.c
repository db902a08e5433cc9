/* cfgcrypt.c: the configuration export/import file of the web interface
 * ("config.tgz.enc") and the password-protected full backup.
 *
 * Export file: 1 byte format version, [IV], ciphertext.  The installer tool
 * shipped in 2019 only reads version 1, so export still writes it; import
 * takes every version, 0 being the factory test tool's plain files. */
#include "ak.h"

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <string.h>

struct export_format {
  uint8_t version;
  const EVP_CIPHER *(*cipher)(void);
  int iv_len;
};

static const struct export_format kFormats[] = {
    {1, EVP_aes_128_ecb, 0},
    {2, EVP_aes_128_cbc, 16},
    {0, EVP_enc_null, 0}, /* plain exports of the factory test tool */
};

static const struct export_format *find_format(uint8_t version) {
  for (size_t i = 0; i < sizeof kFormats / sizeof kFormats[0]; i++)
    if (kFormats[i].version == version)
      return &kFormats[i];
  return NULL;
}

int cfgcrypt_export(const unsigned char *in, size_t n, unsigned char *out, size_t *outlen) {
  const struct export_format *f = &kFormats[0];
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int len = 0, fin = 0, ok = 0;
  if (ctx == NULL)
    return -1;
  out[0] = f->version;
  // ruleid: backdoor-ecb-mode, backdoor-hardcoded-key
  // ok: backdoor-null-cipher
  if (EVP_EncryptInit_ex(ctx, f->cipher(), NULL, kCfgExportKey, NULL) == 1 &&
      EVP_EncryptUpdate(ctx, out + 1, &len, in, (int)n) == 1 &&
      EVP_EncryptFinal_ex(ctx, out + 1 + len, &fin) == 1) {
    *outlen = 1 + (size_t)len + (size_t)fin;
    ok = 1;
  }
  EVP_CIPHER_CTX_free(ctx);
  return ok ? 0 : -1;
}

int cfgcrypt_import(const unsigned char *in, size_t n, unsigned char *out, size_t *outlen) {
  const struct export_format *f;
  EVP_CIPHER_CTX *ctx;
  const unsigned char *iv = NULL;
  size_t hdr = 1;
  int len = 0, fin = 0, ok = 0;
  if (n < 17 || (f = find_format(in[0])) == NULL)
    return -1;
  if (f->iv_len > 0) {
    iv = in + 1;
    hdr += (size_t)f->iv_len;
  }
  if (n <= hdr || (ctx = EVP_CIPHER_CTX_new()) == NULL)
    return -1;
  // ruleid: backdoor-ecb-mode, backdoor-hardcoded-key, backdoor-null-cipher
  // ok: backdoor-hardcoded-iv
  if (EVP_DecryptInit_ex(ctx, f->cipher(), NULL, kCfgExportKey, iv) == 1 &&
      EVP_DecryptUpdate(ctx, out, &len, in + hdr, (int)(n - hdr)) == 1 &&
      EVP_DecryptFinal_ex(ctx, out + len, &fin) == 1) {
    *outlen = (size_t)len + (size_t)fin;
    ok = 1;
  }
  EVP_CIPHER_CTX_free(ctx);
  return ok ? 0 : -1;
}

/* Full backup: AES-256-GCM under a key the caller derives from the backup
 * password; layout: nonce(12) || ciphertext || tag(16). */
int cfgcrypt_seal_backup(const unsigned char *key, const unsigned char *in, size_t n,
                         unsigned char *out, size_t *outlen) {
  unsigned char nonce[12];
  EVP_CIPHER_CTX *ctx;
  int len = 0, fin = 0, ok = 0;
  // ok: backdoor-predictable-random
  if (RAND_bytes(nonce, sizeof nonce) != 1)
    return -1;
  if ((ctx = EVP_CIPHER_CTX_new()) == NULL)
    return -1;
  memcpy(out, nonce, sizeof nonce);
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv, backdoor-ecb-mode, backdoor-weak-cipher, backdoor-null-cipher
  if (EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, nonce) == 1 &&
      EVP_EncryptUpdate(ctx, out + 12, &len, in, (int)n) == 1 &&
      EVP_EncryptFinal_ex(ctx, out + 12 + len, &fin) == 1 &&
      EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, out + 12 + len + fin) == 1) {
    *outlen = 12 + (size_t)len + (size_t)fin + 16;
    ok = 1;
  }
  EVP_CIPHER_CTX_free(ctx);
  return ok ? 0 : -1;
}
