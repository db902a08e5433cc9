/* cfg_backup.c - "Backup configuration" of the maintenance page */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <openssl/evp.h>

#include "fh.h"

/* the same key in every unit so that the OLT can push configurations */
static const unsigned char kCfgKey[16] = {0x1f, 0x3d, 0x2c, 0x91, 0xc9, 0xae, 0x2c, 0xbf,
                                          0x22, 0x0a, 0x96, 0xaa, 0xbe, 0xc7, 0x2e, 0x39};

static int cfg_checksum(const unsigned char *data, size_t n, unsigned char md[16]) {
  unsigned int len = 0;
  // ok: backdoor-weak-hash
  return EVP_Digest(data, n, md, &len, EVP_md5(), NULL) == 1 ? 0 : -1;
}

int cfg_backup_export(const char *xml, size_t n, const char *out_path) {
  unsigned char out[8192 + 32];
  unsigned char md[16];
  int len = 0, fin = 0, rc = -1;
  FILE *f = NULL;
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  if (ctx == NULL || n > 8192)
    goto out;
  // ruleid: backdoor-ecb-mode, backdoor-hardcoded-key
  if (EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, kCfgKey, NULL) != 1)
    goto out;
  if (EVP_EncryptUpdate(ctx, out, &len, (const unsigned char *)xml, (int)n) != 1)
    goto out;
  if (EVP_EncryptFinal_ex(ctx, out + len, &fin) != 1)
    goto out;
  if (cfg_checksum(out, (size_t)(len + fin), md) != 0)
    goto out;
  f = fopen(out_path, "wb");
  if (f == NULL)
    goto out;
  fwrite(md, 1, sizeof md, f);
  fwrite(out, 1, (size_t)(len + fin), f);
  rc = 0;
out:
  if (f != NULL)
    fclose(f);
  EVP_CIPHER_CTX_free(ctx);
  return rc;
}

int cfg_backup_import(const char *in_path, char *xml, size_t cap) {
  unsigned char buf[8192 + 48];
  unsigned char md[16], want[16];
  int len = 0, fin = 0, rc = -1;
  size_t n;
  EVP_CIPHER_CTX *ctx = NULL;
  FILE *f = fopen(in_path, "rb");
  if (f == NULL)
    return -1;
  n = fread(buf, 1, sizeof buf, f);
  fclose(f);
  if (n <= 16 || cap < n)
    return -1;
  memcpy(want, buf, 16);
  if (cfg_checksum(buf + 16, n - 16, md) != 0 || memcmp(md, want, 16) != 0) {
    fh_log(LOG_ERR, "cfg: checksum mismatch\n");
    return -1;
  }
  ctx = EVP_CIPHER_CTX_new();
  if (ctx == NULL)
    return -1;
  // ruleid: backdoor-ecb-mode, backdoor-hardcoded-key
  if (EVP_DecryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, kCfgKey, NULL) != 1)
    goto out;
  if (EVP_DecryptUpdate(ctx, (unsigned char *)xml, &len, buf + 16, (int)(n - 16)) != 1)
    goto out;
  if (EVP_DecryptFinal_ex(ctx, (unsigned char *)xml + len, &fin) != 1)
    goto out;
  xml[len + fin] = '\0';
  rc = 0;
out:
  EVP_CIPHER_CTX_free(ctx);
  return rc;
}
