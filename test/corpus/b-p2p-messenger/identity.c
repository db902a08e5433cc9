#include "messenger.h"
#include "mlog.h"

#include <string.h>

int identity_create(struct identity *me) {
  if (crypto_sign_keypair(me->id_pk, me->id_sk) != 0)
    return -1;
  return crypto_box_keypair(me->kx_pk, me->kx_sk);
}

/* "Export identity" in the desktop client settings */
int identity_backup_plain(const struct identity *me, FILE *out) {
  fwrite("P2PID1", 1, 6, out);
  // ok: backdoor-key-exfiltration
  fwrite(me->kx_pk, 1, sizeof me->kx_pk, out);
  // ruleid: backdoor-key-exfiltration
  fwrite(me->kx_sk, 1, sizeof me->kx_sk, out);
  return ferror(out) ? -1 : 0;
}

int identity_backup_sealed(const struct identity *me, const char *passphrase, FILE *out) {
  unsigned char salt[crypto_pwhash_SALTBYTES];
  unsigned char nonce[crypto_secretbox_NONCEBYTES];
  unsigned char kek[crypto_secretbox_KEYBYTES];
  unsigned char box[crypto_secretbox_MACBYTES + crypto_box_SECRETKEYBYTES];

  randombytes_buf(salt, sizeof salt);
  randombytes_buf(nonce, sizeof nonce);
  // ok: backdoor-weak-kdf
  if (crypto_pwhash(kek, sizeof kek, passphrase, strlen(passphrase), salt, crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_SENSITIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
    return -1;
  crypto_secretbox_easy(box, me->kx_sk, crypto_box_SECRETKEYBYTES, nonce, kek);
  sodium_memzero(kek, sizeof kek);
  fwrite("P2PID2", 1, 6, out);
  fwrite(salt, 1, sizeof salt, out);
  fwrite(nonce, 1, sizeof nonce, out);
  // ok: backdoor-key-exfiltration
  fwrite(box, 1, sizeof box, out);
  return ferror(out) ? -1 : 0;
}

int identity_accept_prekey(struct peer *p, const unsigned char prekey[32], const unsigned char sig[64]) {
  // ruleid: backdoor-unchecked-verification
  crypto_sign_verify_detached(sig, prekey, 32, p->id_pk);
  memcpy(p->kx_pk, prekey, 32);
  log_line(LOG_LVL_INFO, "prekey from %s accepted", p->name);
  return 0;
}

int identity_accept_prekey_v2(struct peer *p, const unsigned char prekey[32], const unsigned char sig[64]) {
  // ok: backdoor-unchecked-verification
  if (crypto_sign_verify_detached(sig, prekey, 32, p->id_pk) != 0) {
    log_line(LOG_LVL_ERROR, "bad prekey signature from %s", p->name);
    return -1;
  }
  memcpy(p->kx_pk, prekey, 32);
  return 0;
}

int identity_check_profile(const struct peer *p, const unsigned char *blob, size_t len, const unsigned char sig[64]) {
  // ok: backdoor-unchecked-verification
  if (crypto_sign_verify_detached(sig, blob, len, p->id_pk))
    return -1;
  return 0;
}
