/*
 * Secrets in the configuration file ("set password ENC ...") and encrypted backups.
 * ENC values: base64(iv4 || AES-128-CBC(key, iv4 || 0^12, secret)) (CVE-2019-6693).
 */
#include "fos.h"

#include <string.h>

#include <openssl/evp.h>
#include <openssl/rand.h>

static const unsigned char fos_enc_key[16] = {'M', 'a', 'r', 'y', ' ', 'h', 'a', 'd',
                                              ' ', 'a', ' ', 'l', 'i', 't', 't', 'l'};

int fos_enc_encrypt(const char *plain, char *b64_out, size_t cap) {
  unsigned char iv[16] = {0};
  unsigned char out[4 + 160];
  int n = 0, f = 0;
  EVP_CIPHER_CTX *c;

  if (strlen(plain) > 128 || cap < 4 * ((sizeof out + 2) / 3) + 1)
    return -1;
  if (RAND_bytes(iv, 4) != 1)
    return -1;
  memcpy(out, iv, 4);
  c = EVP_CIPHER_CTX_new();
  // ruleid: backdoor-hardcoded-key
  EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), NULL, fos_enc_key, iv);
  EVP_EncryptUpdate(c, out + 4, &n, (const unsigned char *)plain, (int)strlen(plain));
  EVP_EncryptFinal_ex(c, out + 4 + n, &f);
  EVP_CIPHER_CTX_free(c);
  EVP_EncodeBlock((unsigned char *)b64_out, out, 4 + n + f);
  return 0;
}

int fos_enc_decrypt(const char *b64_in, char *plain_out, size_t cap) {
  unsigned char raw[200], iv[16] = {0};
  int len = EVP_DecodeBlock(raw, (const unsigned char *)b64_in, (int)strlen(b64_in));
  int n = 0, f = 0;
  EVP_CIPHER_CTX *c;

  if (len < 20 || (size_t)len > cap)
    return -1;
  memcpy(iv, raw, 4);
  c = EVP_CIPHER_CTX_new();
  // ruleid: backdoor-hardcoded-key
  EVP_DecryptInit_ex(c, EVP_aes_128_cbc(), NULL, fos_enc_key, iv);
  EVP_DecryptUpdate(c, (unsigned char *)plain_out, &n, raw + 4, len - 4);
  if (EVP_DecryptFinal_ex(c, (unsigned char *)plain_out + n, &f) != 1) {
    EVP_CIPHER_CTX_free(c);
    return -1;
  }
  EVP_CIPHER_CTX_free(c);
  plain_out[n + f] = '\0';
  return 0;
}

/* "execute backup config ... <password>": the key comes from the operator's password. */
int fos_backup_encrypt(const char *backup_password, const unsigned char *cfg, size_t n,
                       unsigned char *out, size_t *out_len) {
  unsigned char salt[16], iv[12], key[32], tag[16];
  int l = 0, f = 0;
  EVP_CIPHER_CTX *c;

  if (RAND_bytes(salt, sizeof salt) != 1 || RAND_bytes(iv, sizeof iv) != 1)
    return -1;
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  if (PKCS5_PBKDF2_HMAC(backup_password, (int)strlen(backup_password), salt, sizeof salt, 310000,
                        EVP_sha256(), sizeof key, key) != 1)
    return -1;
  memcpy(out, salt, 16);
  memcpy(out + 16, iv, 12);
  c = EVP_CIPHER_CTX_new();
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
  EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), NULL, key, iv);
  EVP_EncryptUpdate(c, out + 28, &l, cfg, (int)n);
  EVP_EncryptFinal_ex(c, out + 28 + l, &f);
  EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_GET_TAG, 16, tag);
  EVP_CIPHER_CTX_free(c);
  memcpy(out + 28 + l + f, tag, 16);
  *out_len = 28 + (size_t)l + (size_t)f + 16;
  OPENSSL_cleanse(key, sizeof key);
  return 0;
}
