#ifndef BACKUP_H
#define BACKUP_H

#include <stddef.h>
#include <openssl/evp.h>

#define DEK_LEN 32

struct backup_cfg {
  const char *customer_key_path;
  const char *kms_key_id;
  const char *upload_url;
  int offline;
};

struct wrapped_key {
  unsigned char blob[512];
  size_t len;
};

EVP_PKEY *load_recovery_key(void);
EVP_PKEY *load_customer_key(const char *path);
unsigned char *kms_fetch_dek(const char *key_id);
int upload_header(const char *url, const struct wrapped_key *cust, const struct wrapped_key *rec);
int backup_run(const struct backup_cfg *cfg, const unsigned char *data, size_t n,
               unsigned char *out, size_t *out_len);

#endif
