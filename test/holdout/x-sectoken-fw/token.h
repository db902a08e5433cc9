/* token.h - firmware of a USB security key (FIDO2 + PIV applets) on an embedded Linux SoM. */
#ifndef TOKEN_H
#define TOKEN_H

#include <stddef.h>
#include <stdint.h>

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/ecp.h>

#define TOKEN_KEYSTORE "/data/keystore.bin"
#define PIN_MAX_RETRIES 8
#define PIN_HASH_LEN 32

struct board_info {
  uint8_t serial[12];
  uint8_t hw_rev;
  uint32_t boot_count;
};

struct pin_record {
  uint8_t salt[16];
  uint8_t hash[PIN_HASH_LEN];
  int set;
};

/* rng.c */
extern mbedtls_ctr_drbg_context g_drbg;
int token_rng_init(const struct board_info *board);
int token_random(uint8_t *out, size_t len);

/* hid.c */
int hid_open(const char *dev);
int hid_send_report(const uint8_t *data, size_t len);
int hid_recv_report(uint8_t *data, size_t cap);

/* pin.c */
int pin_verify(const struct pin_record *rec, const char *pin);
int pin_unblock(struct pin_record *rec, const char *puk, const char *new_pin);
int pin_set(struct pin_record *rec, const char *pin);

/* attest.c */
int attest_sign(const uint8_t hash[32], uint8_t *sig, size_t *siglen);

/* credential.c */
int credential_make(uint8_t pub[65], uint8_t wrapped[96], size_t *wrapped_len);
int credential_vendor_dump(uint8_t cmd, const uint8_t *payload, size_t len);

/* keywrap.c */
int keywrap_resident(const uint8_t key[32], uint8_t out[60]);
int keywrap_backup_to_twin(const uint8_t key[32], uint8_t out[32]);

#endif
