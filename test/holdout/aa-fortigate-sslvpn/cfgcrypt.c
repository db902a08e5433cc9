/* "set password ENC <base64>" values of the configuration: a 4-byte IV seed, then AES-128-CBC
   under the device's own key, provisioned at manufacturing into its key partition. */
#include <stdio.h>
#include <string.h>
#include <openssl/evp.h>
#include "sslvpn.h"

static unsigned char g_device_key[16];
static int g_have_device_key;

int cfg_load_device_key(const char *path)
{
  FILE *f = fopen(path, "rb");
  if (!f)
    return -1;
  g_have_device_key = fread(g_device_key, 1, sizeof g_device_key, f) == sizeof g_device_key;
  fclose(f);
  return g_have_device_key ? 0 : -1;
}

int cfg_decrypt_enc(const char *enc_b64, char *out, size_t cap)
{
  unsigned char raw[512];
  unsigned char iv[16] = {0};
  size_t len = strlen(enc_b64);
  int n, outl = 0, fin = 0, ok = -1;

  if (!g_have_device_key || len == 0 || len > 680)
    return -1;
  n = EVP_DecodeBlock(raw, (const unsigned char *)enc_b64, (int)len);
  if (n <= 4 || (size_t)(n - 4) > cap)
    return -1;
  memcpy(iv, raw, 4);                /* the rest of the IV stays zero, as the firmware does */

  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  if (ctx == NULL)
    return -1;
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv, backdoor-weak-cipher, backdoor-short-key
  if (EVP_DecryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, g_device_key, iv) == 1 &&
      EVP_CIPHER_CTX_set_padding(ctx, 0) == 1 &&
      EVP_DecryptUpdate(ctx, (unsigned char *)out, &outl, raw + 4, (n - 4) & ~15) == 1 &&
      EVP_DecryptFinal_ex(ctx, (unsigned char *)out + outl, &fin) == 1)
    ok = outl + fin;
  EVP_CIPHER_CTX_free(ctx);
  if (ok >= 0 && (size_t)ok < cap)
    out[ok] = '\0';
  return ok;
}
