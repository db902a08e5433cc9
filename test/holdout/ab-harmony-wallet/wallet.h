/* libcoinwallet - native core of a Bitcoin wallet app (keys, signing, backups,
 * block explorer). The Java layer calls in through JNI; this tree builds the
 * core on its own for the desktop test harness. */
#ifndef COINWALLET_H
#define COINWALLET_H

#include <stddef.h>
#include <stdint.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/ecdsa.h>
#include <mbedtls/ecp.h>

/* sha1prng.c: port of the platform's SHA1PRNG SecureRandom */
struct sha1prng {
	uint32_t seed[21];       /* 16 words of seed, 5 words of hash state */
	uint32_t copies[21];
	uint8_t next[20];
	size_t next_index;
	uint64_t counter;
	int state;               /* 0: undefined, 1: seeded, 2: next bytes */
};

void sha1prng_init(struct sha1prng *p);
void sha1prng_set_seed(struct sha1prng *p, const uint8_t *seed, size_t n);
void sha1prng_next_bytes(struct sha1prng *p, uint8_t *out, size_t n);
int sha1prng_entropy(void *ctx, unsigned char *out, size_t len);

/* rng.c */
struct wallet_rng {
	struct sha1prng prng;
	mbedtls_ctr_drbg_context drbg;
	int ready;
};
int wallet_rng_init(struct wallet_rng *r, int platform_entropy);
int wallet_rng_bytes(void *r, unsigned char *out, size_t n);

/* keys.c */
struct wallet_key {
	mbedtls_ecp_keypair kp;
	char label[32];
};
int wallet_key_generate(struct wallet_rng *r, struct wallet_key *k, const char *label);
int wallet_sign_hash(struct wallet_rng *r, const struct wallet_key *k, const uint8_t hash[32],
                     uint8_t *der, size_t cap, size_t *der_len);
void wallet_request_label(char *out, size_t cap);
int wallet_key_backup(struct wallet_rng *r, const struct wallet_key *k, const char *password,
                      int plain_export);

/* backup.c */
int backup_write_plain(const char *label, const uint8_t *priv, size_t n);
int backup_write_sealed(struct wallet_rng *r, const char *label, const uint8_t *priv, size_t n,
                        const char *password);
int backup_read_sealed(const char *path, const char *password, uint8_t *priv, size_t cap);

/* pin.c */
int spend_password_set(const char *password);
int spend_password_check(const char *password);

/* explorer.c */
int explorer_fetch_utxos(const char *address, char *json, size_t cap);
int sync_push_tx(const char *rawtx_hex);

#endif
