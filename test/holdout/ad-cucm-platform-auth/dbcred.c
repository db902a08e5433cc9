/* The database service account's password, kept sealed on disk under a key derived from the
 * platform's credential file. */
#include "platform.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <string.h>

#define DBCRED_PBKDF2_ITER 2048u

static const unsigned char kDbCredSalt[16] = {0xd3, 0xb3, 0xb9, 0x8b, 0xf1, 0x10, 0xa0, 0xfe, 0xc9, 0xf0, 0x7b, 0x57, 0xa3, 0xa7, 0xaa, 0x1b};

int dbcred_derive(const char *pass, size_t passlen, unsigned char *key, size_t keylen) {
  EVP_KDF *kdf = EVP_KDF_fetch(NULL, "PBKDF2", NULL);
  EVP_KDF_CTX *kctx = NULL;
  OSSL_PARAM params[5], *p = params;
  unsigned int iter = DBCRED_PBKDF2_ITER;
  int rc = -1;

  if (kdf == NULL)
    goto out;
  kctx = EVP_KDF_CTX_new(kdf);
  if (kctx == NULL)
    goto out;
  // ok: backdoor-weak-hash
  *p++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, (char *)"SHA256", 0);
  // ok: backdoor-magic-credential, backdoor-hardcoded-key
  *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, (void *)pass, passlen);
  // ruleid: backdoor-hardcoded-iv
  *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, (void *)kDbCredSalt, sizeof kDbCredSalt);
  // ruleid: backdoor-weak-kdf
  *p++ = OSSL_PARAM_construct_uint(OSSL_KDF_PARAM_ITER, &iter);
  *p = OSSL_PARAM_construct_end();
  if (EVP_KDF_derive(kctx, key, keylen, params) != 1)
    goto out;
  rc = 0;
out:
  EVP_KDF_CTX_free(kctx);
  EVP_KDF_free(kdf);
  return rc;
}

static int read_credential_file(char *buf, size_t cap, size_t *n) {
  FILE *f = fopen("/usr/local/platform/conf/dbcred.key", "rb");
  if (f == NULL)
    return -1;
  *n = fread(buf, 1, cap, f);
  fclose(f);
  return *n > 0 ? 0 : -1;
}

int dbcred_seal(const char *db_password, unsigned char *out, size_t cap, size_t *outlen) {
  char cred[256];
  size_t credlen = 0;
  unsigned char key[32], iv[12], tag[16];
  EVP_CIPHER_CTX *ctx = NULL;
  int len = 0, fin = 0, rc = -1;
  size_t plen = strlen(db_password);

  if (cap < sizeof iv + plen + sizeof tag)
    return -1;
  if (read_credential_file(cred, sizeof cred, &credlen) != 0 || dbcred_derive(cred, credlen, key, sizeof key) != 0)
    goto out;
  // ok: backdoor-predictable-random
  if (RAND_bytes(iv, sizeof iv) != 1)
    goto out;
  ctx = EVP_CIPHER_CTX_new();
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv, backdoor-weak-cipher
  if (ctx == NULL || EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv) != 1)
    goto out;
  memcpy(out, iv, sizeof iv);
  if (EVP_EncryptUpdate(ctx, out + sizeof iv, &len, (const unsigned char *)db_password, (int)plen) != 1 ||
      EVP_EncryptFinal_ex(ctx, out + sizeof iv + len, &fin) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, sizeof tag, tag) != 1)
    goto out;
  memcpy(out + sizeof iv + len + fin, tag, sizeof tag);
  *outlen = sizeof iv + (size_t)(len + fin) + sizeof tag;
  rc = 0;
out:
  EVP_CIPHER_CTX_free(ctx);
  OPENSSL_cleanse(key, sizeof key);
  OPENSSL_cleanse(cred, sizeof cred);
  return rc;
}
