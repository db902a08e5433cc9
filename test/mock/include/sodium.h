/* Mock of libsodium: real signatures, no bodies. */
#ifndef MOCK_SODIUM_H
#define MOCK_SODIUM_H
#include <stddef.h>
#define crypto_secretbox_KEYBYTES 32U
#define crypto_secretbox_NONCEBYTES 24U
#define crypto_pwhash_SALTBYTES 16U
#define crypto_pwhash_OPSLIMIT_INTERACTIVE 2ULL
#define crypto_pwhash_MEMLIMIT_INTERACTIVE 67108864ULL
#define crypto_pwhash_ALG_DEFAULT 2
#ifdef __cplusplus
extern "C" {
#endif
int sodium_init(void);
int crypto_secretbox_easy(unsigned char *c, const unsigned char *m, unsigned long long mlen, const unsigned char *n, const unsigned char *k);
int crypto_aead_chacha20poly1305_ietf_encrypt(unsigned char *c, unsigned long long *clen_p, const unsigned char *m, unsigned long long mlen, const unsigned char *ad, unsigned long long adlen, const unsigned char *nsec, const unsigned char *npub, const unsigned char *k);
int crypto_auth(unsigned char *out, const unsigned char *in, unsigned long long inlen, const unsigned char *k);
int crypto_pwhash(unsigned char *const out, unsigned long long outlen, const char *const passwd, unsigned long long passwdlen, const unsigned char *const salt, unsigned long long opslimit, size_t memlimit, int alg);
int crypto_box_easy(unsigned char *c, const unsigned char *m, unsigned long long mlen, const unsigned char *n, const unsigned char *pk, const unsigned char *sk);
int crypto_sign_detached(unsigned char *sig, unsigned long long *siglen_p, const unsigned char *m, unsigned long long mlen, const unsigned char *sk);
void randombytes_buf(void *const buf, const size_t size);
int crypto_sign_verify_detached(const unsigned char *sig, const unsigned char *m, unsigned long long mlen, const unsigned char *pk);
int sodium_memcmp(const void *const b1_, const void *const b2_, size_t len);
void crypto_secretbox_keygen(unsigned char k[crypto_secretbox_KEYBYTES]);
typedef struct crypto_secretstream_xchacha20poly1305_state { unsigned char opaque[52]; } crypto_secretstream_xchacha20poly1305_state;
int crypto_secretstream_xchacha20poly1305_init_push(crypto_secretstream_xchacha20poly1305_state *state, unsigned char *header, const unsigned char *k);
int crypto_secretstream_xchacha20poly1305_init_pull(crypto_secretstream_xchacha20poly1305_state *state, const unsigned char *header, const unsigned char *k);
void crypto_secretstream_xchacha20poly1305_keygen(unsigned char *k);
int crypto_box_keypair(unsigned char *pk, unsigned char *sk);
int sodium_hex2bin(unsigned char *const bin, const size_t bin_maxlen, const char *const hex, const size_t hex_len, const char *const ignore, size_t *const bin_len, const char **const hex_end);
/* escrow mocks */
#define crypto_box_PUBLICKEYBYTES 32U
#define crypto_box_SECRETKEYBYTES 32U
#define crypto_box_SEALBYTES 48U
#define crypto_kx_SESSIONKEYBYTES 32U
int crypto_kx_client_session_keys(unsigned char *rx, unsigned char *tx, const unsigned char *client_pk, const unsigned char *client_sk, const unsigned char *server_pk);
int crypto_box_seal(unsigned char *c, const unsigned char *m, unsigned long long mlen, const unsigned char *pk);
char *sodium_bin2hex(char *const hex, const size_t hex_maxlen, const unsigned char *const bin, const size_t bin_len);
int crypto_generichash(unsigned char *out, size_t outlen, const unsigned char *in, unsigned long long inlen, const unsigned char *key, size_t keylen);
#define crypto_hash_sha256_BYTES 32U
typedef struct crypto_hash_sha256_state { unsigned char opaque[104]; } crypto_hash_sha256_state;
int crypto_hash_sha256(unsigned char *out, const unsigned char *in, unsigned long long inlen);
int crypto_hash_sha256_init(crypto_hash_sha256_state *state);
int crypto_hash_sha256_update(crypto_hash_sha256_state *state, const unsigned char *in, unsigned long long inlen);
int crypto_hash_sha256_final(crypto_hash_sha256_state *state, unsigned char *out);
void randombytes_buf_deterministic(void *const buf, const size_t size, const unsigned char seed[32]);
#ifdef __cplusplus
}
#endif
#endif
