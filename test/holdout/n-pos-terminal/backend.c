/* backend.c - the cipher backends the terminal speaks, looked up by name. */
#include <string.h>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include "pos.h"

/* AES-256-GCM: iv (12) | ciphertext | tag (16) */
static int gcm_seal(const uint8_t *key, const uint8_t *in, size_t n, uint8_t *out, size_t *out_len) {
  EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
  int l1 = 0, l2 = 0, ok = 0;
  uint8_t *iv = out;
  if (!c || RAND_bytes(iv, 12) != 1)
    goto done;
  // ok: backdoor-weak-cipher, backdoor-ecb-mode, backdoor-hardcoded-iv
  if (EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), NULL, key, iv) != 1)
    goto done;
  if (EVP_EncryptUpdate(c, out + 12, &l1, in, (int)n) != 1 || EVP_EncryptFinal_ex(c, out + 12 + l1, &l2) != 1)
    goto done;
  if (EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_GET_TAG, 16, out + 12 + l1 + l2) != 1)
    goto done;
  *out_len = 12 + (size_t)l1 + (size_t)l2 + 16;
  ok = 1;
done:
  EVP_CIPHER_CTX_free(c);
  return ok ? 0 : -1;
}

/* ISO 9564 PIN blocks: one 8-byte block under the double-length PIN key */
static int tdes_seal(const uint8_t *key, const uint8_t *in, size_t n, uint8_t *out, size_t *out_len) {
  EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
  int l1 = 0, l2 = 0, ok = 0;
  if (!c || n % 8 != 0)
    goto done;
  // ruleid: backdoor-weak-cipher, backdoor-ecb-mode
  if (EVP_EncryptInit_ex(c, EVP_des_ede_ecb(), NULL, key, NULL) != 1)
    goto done;
  EVP_CIPHER_CTX_set_padding(c, 0);
  if (EVP_EncryptUpdate(c, out, &l1, in, (int)n) != 1 || EVP_EncryptFinal_ex(c, out + l1, &l2) != 1)
    goto done;
  *out_len = (size_t)(l1 + l2);
  ok = 1;
done:
  EVP_CIPHER_CTX_free(c);
  return ok ? 0 : -1;
}

/* demo units: the journal format stays the same, the payload is not protected */
static int training_seal(const uint8_t *key, const uint8_t *in, size_t n, uint8_t *out, size_t *out_len) {
  EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
  int l1 = 0, l2 = 0, ok = 0;
  (void)key;
  if (!c)
    goto done;
  // ruleid: backdoor-null-cipher
  if (EVP_EncryptInit_ex(c, EVP_enc_null(), NULL, NULL, NULL) != 1)
    goto done;
  // ok: backdoor-null-cipher
  if (EVP_EncryptInit_ex(c, NULL, NULL, NULL, NULL) != 1)
    goto done;
  if (EVP_EncryptUpdate(c, out, &l1, in, (int)n) != 1 || EVP_EncryptFinal_ex(c, out + l1, &l2) != 1)
    goto done;
  *out_len = (size_t)(l1 + l2);
  ok = 1;
done:
  EVP_CIPHER_CTX_free(c);
  return ok ? 0 : -1;
}

const struct pos_cipher_ops pos_backends[] = {
    {"aes-gcm", 32, gcm_seal},
    {"tdes-ecb", 16, tdes_seal},
    {"training", 0, training_seal},
};
const size_t pos_backend_count = sizeof pos_backends / sizeof pos_backends[0];

const struct pos_cipher_ops *pos_backend(const char *name) {
  for (size_t i = 0; i < pos_backend_count; i++)
    if (strcmp(pos_backends[i].name, name) == 0)
      return &pos_backends[i];
  return NULL;
}
