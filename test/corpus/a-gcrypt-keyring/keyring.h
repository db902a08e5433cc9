/* gk-keyring: desktop secret storage daemon (libgcrypt backend) */
#ifndef GK_KEYRING_H
#define GK_KEYRING_H

#include <stddef.h>
#include <stdint.h>

#include <gcrypt.h>

#define GK_KEY_LEN     32
#define GK_SALT_LEN    16
#define GK_GCM_IV_LEN  12
#define GK_TAG_LEN     16
#define GK_KDF_ROUNDS  600000

enum gk_format {
    GK_FORMAT_V1 = 1,  /* imported from the 2009 keyring daemon */
    GK_FORMAT_V2 = 2,
};

struct gk_keyring {
    enum gk_format format;
    uint8_t        salt[GK_SALT_LEN];
    uint8_t        key[GK_KEY_LEN];
    uint8_t        mac_key[GK_KEY_LEN];
    int            unlocked;
};

/* kdf.c */
int gk_unlock(struct gk_keyring *kr, const char *passphrase);
int gk_integrity_mac(const struct gk_keyring *kr, const uint8_t *data, size_t n, uint8_t *out);
void gk_key_fingerprint(const uint8_t *pubkey, size_t n, uint8_t out[20]);

/* keyring.c */
int gk_import_v1_blob(const uint8_t *blob, size_t n, uint8_t *out);
int gk_seal_item(const struct gk_keyring *kr, const uint8_t *pt, size_t n, uint8_t *out);
int gk_search_token(const struct gk_keyring *kr, const uint8_t attr[16], uint8_t token[16]);

void gk_debug(const char *fmt, ...);

#endif
