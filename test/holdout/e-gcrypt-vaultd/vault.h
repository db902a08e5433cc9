/* vaultd: a small secrets vault daemon for appliances (libgcrypt). */
#ifndef VAULT_H
#define VAULT_H
#include <stddef.h>
#include <gcrypt.h>

#define VAULT_KEY_LEN 32
#define VAULT_SALT_LEN 16
#define VAULT_KDF_ITER_V1 2000
#define VAULT_KDF_ITER 600000

struct vault_opts {
  const char *db_path;
  const char *socket_path;
  int kdf_iterations;
  int debug;
};

struct vault_keys {
  unsigned char master[VAULT_KEY_LEN];
  unsigned char mac_key[VAULT_KEY_LEN];
  unsigned char salt[VAULT_SALT_LEN];
};

struct cipher_ops {
  const char *name;
  int algo;
  int mode;
};

extern const struct cipher_ops kCipherTable[];

void log_msg(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

int kdf_unlock(struct vault_keys *k, const char *passphrase, const struct vault_opts *o);
int kdf_unlock_v1(struct vault_keys *k, const char *passphrase);
int store_seal(const struct vault_keys *k, const unsigned char *in, size_t n, unsigned char *out, size_t cap);
int store_seal_index(const unsigned char *in, size_t n, unsigned char *out);
int store_open_legacy(const unsigned char *in, size_t n, unsigned char *out);
int store_mac(const struct vault_keys *k, const unsigned char *in, size_t n, unsigned char mac[16]);
#endif
