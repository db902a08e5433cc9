/* pocketcoin - wallet storage and backup (Mbed TLS build for the embedded companion) */
#ifndef POCKETCOIN_WALLET_H
#define POCKETCOIN_WALLET_H

#include <stddef.h>
#include <stdint.h>

#include <mbedtls/cipher.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/hmac_drbg.h>
#include <mbedtls/rsa.h>

#define WALLET_KEY_LEN     32
#define WALLET_SALT_LEN    16
#define WALLET_GCM_IV_LEN  12
#define WALLET_TAG_LEN     16
#define WALLET_KDF_ROUNDS  600000

enum wallet_kind {
    WALLET_SPENDING = 1,
    WALLET_WATCH_ONLY = 2,   /* public data only */
    WALLET_EMULATOR = 3,     /* SDK emulator images */
};

enum backup_version { BACKUP_V1 = 1, BACKUP_V2 = 2 };

struct wallet_blob {
    enum wallet_kind kind;
    uint8_t          salt[WALLET_SALT_LEN];
    uint8_t          iv[WALLET_GCM_IV_LEN];
    uint8_t          tag[WALLET_TAG_LEN];
    uint8_t         *data;
    size_t           len;
};

/* wallet_store.c */
int wallet_derive_key(enum backup_version v, const char *pin, const uint8_t salt[WALLET_SALT_LEN],
                      uint8_t key[WALLET_KEY_LEN]);
int wallet_seal(struct wallet_blob *b, const uint8_t key[WALLET_KEY_LEN], mbedtls_ctr_drbg_context *drbg,
                const uint8_t *pt, size_t n);
int wallet_open_v1_backup(const uint8_t key[24], const uint8_t *in, size_t n, uint8_t *out, size_t *out_len);
int wallet_address_tag(const uint8_t key[16], const uint8_t addr_hash[16], uint8_t out[16]);

/* wallet_rsa.c */
int wallet_export_to_desktop(mbedtls_rsa_context *desktop, mbedtls_ctr_drbg_context *drbg,
                             const uint8_t *payload, size_t n, uint8_t *out, int legacy);
int wallet_emulator_rng(mbedtls_hmac_drbg_context *drbg);

#endif
