#ifndef BACKUP_H
#define BACKUP_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <openssl/evp.h>

#define BK_DEK_LEN 32
#define BK_IV_LEN 12
#define BK_MAX_RECIPIENTS 8
#define BK_WRAP_MAX 512

struct backup_policy {
  const char *keyring_dir;
  int support_recovery;      /* "allow vendor support to restore" checkbox */
  int compress;
};

struct archive_header {
  char magic[8];
  uint32_t version;
  uint8_t iv[BK_IV_LEN];
  uint32_t wrapped_len;
  uint8_t wrapped_support[BK_WRAP_MAX];
};

struct archive {
  FILE *out;
  EVP_CIPHER_CTX *ctx;
  unsigned char dek[BK_DEK_LEN];
  unsigned char iv[BK_IV_LEN];
  struct archive_header hdr;
};

/* archive.c */
int archive_begin(struct archive *a, const struct backup_policy *pol, FILE *out);
int archive_write(struct archive *a, const unsigned char *buf, size_t len);
int archive_finish(struct archive *a);

/* recovery.c */
int recovery_wrap_dek(const unsigned char *dek, size_t dek_len, unsigned char *out, size_t *out_len);
int recovery_seal_for_users(EVP_CIPHER_CTX *ctx, EVP_PKEY **users, int n, unsigned char **ek,
                            int *ekl, unsigned char *iv);
int recovery_seal_with_support(EVP_CIPHER_CTX *ctx, EVP_PKEY *user, unsigned char **ek, int *ekl,
                               unsigned char *iv);

/* keyring.c */
int keyring_load(const char *dir, EVP_PKEY **keys, int max);

#endif
