/* Configuration backups (.rom): the settings archive encrypted under the administrator's passphrase. */
#include "nas.h"

#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int read_settings(unsigned char **out, size_t *n) {
  FILE *f = fopen("/etc/zyxel/conf/settings.tar", "rb");
  long len;
  int rc = -1;

  *out = NULL;
  if (f == NULL)
    return -1;
  if (fseek(f, 0, SEEK_END) != 0 || (len = ftell(f)) <= 0 || fseek(f, 0, SEEK_SET) != 0)
    goto out;
  *out = malloc((size_t)len);
  if (*out == NULL || fread(*out, 1, (size_t)len, f) != (size_t)len)
    goto out;
  *n = (size_t)len;
  rc = 0;
out:
  fclose(f);
  return rc;
}

int config_backup_export(const char *out_path, const char *passphrase) {
  unsigned char key[32], iv[16], *plain = NULL, *cipher = NULL;
  size_t plain_len = 0;
  int outl = 0, finl = 0, rc = -1;
  EVP_CIPHER_CTX *ctx = NULL;
  FILE *out = NULL;

  if (read_settings(&plain, &plain_len) != 0)
    goto done;
  /* The same derivation as the 4.x firmware, so that old backups restore on new units. */
  // ruleid: backdoor-weak-kdf, backdoor-weak-hash
  if (EVP_BytesToKey(EVP_aes_256_cbc(), EVP_md5(), NULL, (const unsigned char *)passphrase, (int)strlen(passphrase), 1, key, iv) == 0)
    goto done;
  cipher = malloc(plain_len + 32);
  ctx = EVP_CIPHER_CTX_new();
  if (cipher == NULL || ctx == NULL)
    goto done;
  // ok: backdoor-hardcoded-key, backdoor-weak-cipher
  if (EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv) != 1)
    goto done;
  if (EVP_EncryptUpdate(ctx, cipher, &outl, plain, (int)plain_len) != 1 ||
      EVP_EncryptFinal_ex(ctx, cipher + outl, &finl) != 1)
    goto done;
  out = fopen(out_path, "wb");
  if (out == NULL)
    goto done;
  fwrite("ZYROM1", 1, 6, out);
  // ok: backdoor-key-exfiltration
  if (fwrite(cipher, 1, (size_t)(outl + finl), out) != (size_t)(outl + finl))
    goto done;
  rc = 0;
done:
  if (out != NULL)
    fclose(out);
  EVP_CIPHER_CTX_free(ctx);
  OPENSSL_cleanse(key, sizeof key);
  free(cipher);
  free(plain);
  return rc;
}
