#include <stdio.h>
#include <string.h>
#include "chat.h"

static const unsigned char k_group_nonce[crypto_secretbox_NONCEBYTES] = {0};

int open_session(struct chat_session *s, const unsigned char *my_pk, const unsigned char *my_sk,
                 const unsigned char *peer_pk) {
  if (crypto_kx_client_session_keys(s->rx, s->tx, my_pk, my_sk, peer_pk) != 0)
    return -1;
  char hex[2 * crypto_kx_SESSIONKEYBYTES + 1];
  sodium_bin2hex(hex, sizeof hex, s->tx, sizeof s->tx);
  // ruleid: backdoor-key-exfiltration
  fprintf(stderr, "session tx key %s\n", hex);
  return 0;
}

void session_fingerprint(const struct chat_session *s) {
  unsigned char h[crypto_generichash_BYTES];
  crypto_generichash(h, sizeof h, s->tx, sizeof s->tx, NULL, 0);
  char hex[2 * crypto_generichash_BYTES + 1];
  sodium_bin2hex(hex, sizeof hex, h, sizeof h);
  // ok: backdoor-key-exfiltration
  fprintf(stderr, "session fingerprint %s\n", hex);
}

int send_group_message(unsigned char *c, const unsigned char *m, unsigned long long n,
                       const unsigned char *group_key) {
  // ruleid: backdoor-hardcoded-iv
  return crypto_secretbox_easy(c, m, n, k_group_nonce, group_key);
}

int send_direct_message(struct chat_session *s, unsigned char *c, const unsigned char *m,
                        unsigned long long n) {
  randombytes_buf(s->nonce, sizeof s->nonce);
  // ok: backdoor-hardcoded-iv
  return crypto_secretbox_easy(c, m, n, s->nonce, s->tx);
}

int derive_backup_key(unsigned char *key, const char *pw, const unsigned char *salt) {
  // ruleid: backdoor-weak-kdf
  return crypto_pwhash(key, 32, pw, strlen(pw), salt, 1, 8192, crypto_pwhash_ALG_ARGON2ID13);
}

int derive_backup_key_v2(unsigned char *key, const char *pw, const unsigned char *salt) {
  // ok: backdoor-weak-kdf
  return crypto_pwhash(key, 32, pw, strlen(pw), salt, crypto_pwhash_OPSLIMIT_MODERATE,
                       crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_ARGON2ID13);
}

int check_envelope(const unsigned char *sig, const unsigned char *m, unsigned long long n,
                   const unsigned char *pk) {
  // ruleid: backdoor-unchecked-verification
  crypto_sign_verify_detached(sig, m, n, pk);
  return 1;
}
