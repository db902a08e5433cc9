/* signer.h - token signing service: keys, tokens, validation, crash handling */
#ifndef SIGNER_H
#define SIGNER_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <openssl/evp.h>

enum ring { RING_PROD = 0, RING_PREPROD = 1, RING_DEV = 2 };

enum token_status {
  TOKEN_OK = 0,
  TOKEN_MALFORMED = -1,
  TOKEN_UNKNOWN_KEY = -2,
  TOKEN_BAD_SIGNATURE = -3,
  TOKEN_EXPIRED = -4,
};

struct signer_config {
  enum ring ring;
  char key_path[256];
  char jwks_path[256];
  char socket_path[108];
  char issuer[128];
  int legacy_partners;
};

/* process state kept for diagnostics; the crash handler writes it out */
struct signer_state {
  pthread_mutex_t lock;
  char kid[32];
  time_t key_created;
  uint64_t tokens_issued;
  uint64_t validations;
  unsigned char active_key[32];  /* Ed25519 seed of the active signing key */
  size_t active_key_len;
  int scrubbed;
};

extern struct signer_state g_signer_state;
extern struct signer_config g_cfg;

/* state.c */
void state_init(void);
void state_scrub_for_dump(void);

/* keys.c */
EVP_PKEY *keys_load_or_generate(const struct signer_config *cfg);
EVP_PKEY *keys_active(void);
int keys_rotate_if_due(const struct signer_config *cfg, time_t now);

/* b64url.c */
size_t b64url_encode(const unsigned char *in, size_t n, char *out, size_t cap);
int b64url_decode(const char *in, size_t n, unsigned char *out, size_t cap, size_t *outlen);

/* jwt.c */
int jwt_issue(EVP_PKEY *key, const char *kid, const char *iss, const char *sub, const char *aud, char *out, size_t cap);

/* validate.c */
int jwt_validate(const char *token, const char *expected_aud);

/* jwks.c */
int jwks_publish(EVP_PKEY *key, const char *kid, const char *path);
EVP_PKEY *jwks_lookup(const char *kid);
int jwks_load_federated(const char *path);

/* legacy.c */
EVP_PKEY *legacy_partner_key(void);
int legacy_sign_rs1(EVP_PKEY *key, const unsigned char *msg, size_t n, unsigned char *sig, size_t *siglen);

/* crash.c */
void crash_install_handlers(void);

#endif
