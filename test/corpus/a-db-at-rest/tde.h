/*
 * ridgedb - transparent data encryption (TDE) for table and index files.
 */
#ifndef RIDGEDB_TDE_H
#define RIDGEDB_TDE_H

#include <stddef.h>
#include <stdint.h>

#define TDE_KEY_LEN        32
#define TDE_WRAPPED_LEN    40      /* RFC 3394 wrap of a 32-byte key */
#define TDE_PAGE_SIZE      8192
#define TDE_INDEX_KEY_LEN  16

typedef struct tde_keyring {
    uint8_t dek[TDE_KEY_LEN * 2];     /* XTS: two AES-256 keys */
    uint8_t index_key[TDE_INDEX_KEY_LEN];
    uint8_t blind_key[TDE_KEY_LEN];
    int     loaded;
} tde_keyring;

typedef struct tde_settings {
    const char *keyfile_path;      /* tde_keyfile = ... in ridgedb.conf */
    int         deterministic_columns;
    int         legacy_index_format;
} tde_settings;

/* kek.c */
int tde_unwrap_keys(const tde_settings *s, const uint8_t *wrapped, size_t n, tde_keyring *kr);

/* page_crypt.c */
int tde_encrypt_page(const tde_keyring *kr, uint64_t page_no, const uint8_t *in, uint8_t *out);
int tde_encrypt_column(const tde_keyring *kr, const uint8_t *val, int n, uint8_t *out, int *out_len);

/* index_crypt.c */
int tde_index_token(const tde_settings *s, const tde_keyring *kr, const uint8_t *key16,
                    uint8_t out[16]);
int tde_blind_index(const tde_keyring *kr, const uint8_t *val, size_t n, uint8_t out[32]);

void tde_elog(const char *fmt, ...);

#endif
