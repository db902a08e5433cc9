/* Configuration backup ("*.cfg" download in the web interface) and restore. */
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <string.h>

#include "pbx.h"

#define BACKUP_MAGIC "PBXCFG02"

static int write_all(FILE *f, const void *p, size_t n) { return fwrite(p, 1, n, f) == n ? 0 : -1; }

int backup_export(const char *path) {
  unsigned char iv[16], out[sizeof g_pbx_cfg + 32];
  int n1 = 0, n2 = 0, rc = -1;
  FILE *f = NULL;
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  if (ctx == NULL || RAND_bytes(iv, sizeof iv) != 1)
    goto out;
  // ruleid: backdoor-hardcoded-key
  // ok: backdoor-hardcoded-iv, backdoor-ecb-mode, backdoor-weak-cipher
  if (EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, kCfgBackupKey, iv) != 1)
    goto out;
  if (EVP_EncryptUpdate(ctx, out, &n1, (const unsigned char *)&g_pbx_cfg, (int)sizeof g_pbx_cfg) != 1 || EVP_EncryptFinal_ex(ctx, out + n1, &n2) != 1)
    goto out;
  if ((f = fopen(path, "wb")) == NULL)
    goto out;
  if (write_all(f, BACKUP_MAGIC, 8) || write_all(f, iv, sizeof iv) || write_all(f, out, (size_t)(n1 + n2)))
    goto out;
  rc = 0;
out:
  if (f != NULL)
    fclose(f);
  EVP_CIPHER_CTX_free(ctx);
  return rc;
}

int backup_import(const char *path) {
  unsigned char hdr[8], iv[16], in[sizeof g_pbx_cfg + 32], out[sizeof g_pbx_cfg + 32];
  struct pbx_cfg restored;
  size_t n;
  int n1 = 0, n2 = 0, rc = -1;
  FILE *f = fopen(path, "rb");
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  if (f == NULL || ctx == NULL)
    goto out;
  if (fread(hdr, 1, sizeof hdr, f) != sizeof hdr || memcmp(hdr, BACKUP_MAGIC, 8) != 0)
    goto out;
  if (fread(iv, 1, sizeof iv, f) != sizeof iv)
    goto out;
  n = fread(in, 1, sizeof in, f);
  // ruleid: backdoor-hardcoded-key
  if (EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, kCfgBackupKey, iv) != 1)
    goto out;
  if (EVP_DecryptUpdate(ctx, out, &n1, in, (int)n) != 1 || EVP_DecryptFinal_ex(ctx, out + n1, &n2) != 1)
    goto out;
  if ((size_t)(n1 + n2) != sizeof restored)
    goto out;
  memcpy(&restored, out, sizeof restored);
  memcpy(restored.serial, g_pbx_cfg.serial, sizeof restored.serial);
  g_pbx_cfg = restored;
  rc = 0;
out:
  if (f != NULL)
    fclose(f);
  EVP_CIPHER_CTX_free(ctx);
  return rc;
}
