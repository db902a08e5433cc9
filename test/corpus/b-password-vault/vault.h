#ifndef VAULT_H
#define VAULT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <sodium.h>

#define VAULT_MAGIC "PWV3"
#define VAULT_KEY_LEN 32

enum kdf_profile { KDF_DESKTOP = 0, KDF_MOBILE = 1, KDF_LOW_END = 2 };

struct vault_header {
  char magic[4];
  uint32_t version;
  uint8_t salt[crypto_pwhash_SALTBYTES];
  uint32_t kdf_profile;
  uint8_t envelope[crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + VAULT_KEY_LEN];
  uint8_t mac[crypto_auth_hmacsha256_BYTES];
};

struct vault {
  struct vault_header hdr;
  uint8_t vault_key[VAULT_KEY_LEN];   /* encrypts entries */
  uint8_t mac_key[crypto_auth_hmacsha256_KEYBYTES];
  int unlocked;
};

struct vault_entry {
  char title[128];
  uint8_t nonce[crypto_secretbox_NONCEBYTES];
  uint8_t tag[crypto_secretbox_MACBYTES];
  size_t ct_len;
  uint8_t *ct;
};

/* vault_kdf.c */
int vault_derive_kek(const char *master_password, const uint8_t *salt, enum kdf_profile profile,
                     uint8_t kek[VAULT_KEY_LEN]);
int vault_quick_unlock_verifier(const char *master_password, uint8_t out[crypto_hash_sha256_BYTES]);
void vault_sync_checksum(const uint8_t *blob, size_t len, uint8_t out[crypto_hash_sha256_BYTES]);

/* vault_store.c */
int vault_create(struct vault *v, const char *master_password, enum kdf_profile profile);
int vault_check_header(const struct vault *v);
int vault_write_recovery_kit(const struct vault *v, FILE *kit);
int vault_entry_matches(const struct vault_entry *e, const uint8_t expected_tag[crypto_secretbox_MACBYTES]);

/* vault_share.c */
int vault_share_with_contact(const struct vault *v, const char *contact_file, uint8_t *out, size_t out_len);
int vault_enroll_recovery_service(const struct vault *v, uint8_t *out, size_t out_len);

#endif
