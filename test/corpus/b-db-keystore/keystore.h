#ifndef KEYSTORE_H
#define KEYSTORE_H

#include <stddef.h>
#include <stdint.h>

#define KS_KEY_LEN 32
#define KS_SALT_LEN 16

enum ks_format { KS_FORMAT_V1 = 1, KS_FORMAT_V2 = 2, KS_FORMAT_V3 = 3 };

struct ks_file_header {
  char magic[8];              /* "Salted__" for v1 (openssl enc), "KSTORE03" otherwise */
  uint8_t salt[KS_SALT_LEN];
  uint32_t format;
};

struct ks_admin {
  char username[64];
  uint8_t password_hash[32];
};

/* kdf.c */
int ks_derive_v1(const char *pass, const uint8_t salt[8], uint8_t key[KS_KEY_LEN], uint8_t iv[16]);
int ks_derive_v2(const char *pass, const uint8_t salt[KS_SALT_LEN], uint8_t key[KS_KEY_LEN]);
int ks_derive_v3(const char *pass, const uint8_t salt[KS_SALT_LEN], uint8_t key[KS_KEY_LEN]);
int ks_derive_scrypt(const char *pass, const uint8_t salt[KS_SALT_LEN], int mobile, uint8_t key[KS_KEY_LEN]);
int ks_derive_pin_key(const char *pin, const uint8_t *device_salt, uint8_t key[KS_KEY_LEN]);

/* admin.c */
int ks_admin_set_password(struct ks_admin *a, const char *admin_password);
int ks_admin_check_password(const struct ks_admin *a, const char *admin_password);
int ks_file_checksum(const uint8_t *data, size_t len, uint8_t out[32]);

/* migrate.c */
int ks_spawn_migrator(const char *pass, const char *keyfile_path);

#endif
