// RUN: %run-both --checks=backdoor-null-cipher,backdoor-ecb-mode %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A cipher from a table of formats through a lookup helper of the unit that
// answers an element (`return &kFormats[i];`, else NULL), kept in a local
// assigned once (`if ((f = find_format(v)) == NULL)`): any entry the table
// holds. Quiet: the entry a constant index names (`&kFormats[2]`), and a
// lookup over a table without a weak entry.
#include <openssl/evp.h>
#include <stddef.h>

struct export_format {
  unsigned char version;
  const EVP_CIPHER *(*cipher)(void);
};

static const struct export_format kFormats[] = {
    {1, EVP_aes_128_ecb},
    {2, EVP_aes_128_cbc},
    {0, EVP_enc_null},
};

static const struct export_format kModern[] = {
    {3, EVP_aes_128_cbc},
    {4, EVP_aes_256_gcm},
};

static const struct export_format *find_format(unsigned char version) {
  for (size_t i = 0; i < sizeof kFormats / sizeof kFormats[0]; i++)
    if (kFormats[i].version == version)
      return &kFormats[i];
  return NULL;
}

static const struct export_format *find_modern(unsigned char version) {
  for (size_t i = 0; i < sizeof kModern / sizeof kModern[0]; i++)
    if (kModern[i].version == version)
      return &kModern[i];
  return NULL;
}

int import_file(EVP_CIPHER_CTX *ctx, const unsigned char *in, const unsigned char *key) {
  const struct export_format *f;
  if ((f = find_format(in[0])) == NULL)
    return -1;
  // ruleid: backdoor-ecb-mode, backdoor-null-cipher
  return EVP_DecryptInit_ex(ctx, f->cipher(), NULL, key, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'EVP_aes_128_ecb' selects AES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // CHECK-MESSAGES: :[[@LINE-2]]:34: warning: 'EVP_enc_null' selects the NULL cipher, which leaves the data unencrypted [backdoor-null-cipher]
}

/* Negative cases. */
int export_file(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *iv) {
  const struct export_format *f = &kFormats[1];
  // ok: backdoor-ecb-mode, backdoor-null-cipher
  return EVP_EncryptInit_ex(ctx, f->cipher(), NULL, key, iv);
}

int import_modern(EVP_CIPHER_CTX *ctx, const unsigned char *in, const unsigned char *key) {
  const struct export_format *f;
  if ((f = find_modern(in[0])) == NULL)
    return -1;
  // ok: backdoor-ecb-mode, backdoor-null-cipher
  return EVP_DecryptInit_ex(ctx, f->cipher(), NULL, key, in + 1);
}
