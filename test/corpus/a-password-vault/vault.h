/* keyvault - a small local password vault: shared declarations */
#ifndef KEYVAULT_VAULT_H
#define KEYVAULT_VAULT_H

#include <stddef.h>
#include <stdint.h>

#define VAULT_KEY_LEN        32
#define VAULT_SALT_LEN       16
#define VAULT_GCM_IV_LEN     12
#define VAULT_CBC_IV_LEN     16
#define VAULT_TAG_LEN        16
#define VAULT_VERIFIER_LEN   32
#define VAULT_PBKDF2_ROUNDS  600000

typedef enum {
    VAULT_OK = 0,
    VAULT_ERR_CRYPTO = -1,
    VAULT_ERR_AUTH = -2,
    VAULT_ERR_ARG = -3,
} vault_status;

typedef struct vault_entry {
    char     name[64];
    uint8_t  iv[VAULT_GCM_IV_LEN];
    uint8_t  tag[VAULT_TAG_LEN];
    uint8_t *ciphertext;
    size_t   ciphertext_len;
} vault_entry;

typedef struct vault_ctx {
    uint8_t master_key[VAULT_KEY_LEN];
    uint8_t salt[VAULT_SALT_LEN];
    int     unlocked;
    int     legacy_export;
} vault_ctx;

/* vault_keys.c */
extern const uint8_t g_vault_recovery_key[VAULT_KEY_LEN];
extern int g_log_verbose;
void vault_log(const char *fmt, ...);

/* vault_crypto.c */
int vault_derive_master(vault_ctx *v, const char *password);
int vault_seal_entry(const vault_ctx *v, vault_entry *e, const uint8_t *pt, size_t n);
int vault_recovery_seal(vault_entry *e, const uint8_t *pt, size_t n);
int vault_export_legacy(const vault_ctx *v, const uint8_t *pt, size_t n,
                        uint8_t *out, int *out_len);

/* vault_auth.c */
int vault_check_master_password(const char *master_password,
                                const uint8_t stored_salt[VAULT_SALT_LEN],
                                const uint8_t stored_verifier[VAULT_VERIFIER_LEN]);
int vault_dispatch(vault_ctx *v, const char *cmd, const char *arg);

#endif /* KEYVAULT_VAULT_H */
