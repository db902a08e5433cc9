#include "pushd.h"
#include <string.h>
#include <syslog.h>

static const unsigned char kFrameNonce[crypto_secretbox_NONCEBYTES] = {
    0xe1, 0x4a, 0x56, 0x0a, 0x9f, 0x3d, 0x5d, 0x86, 0xf4, 0x27, 0x6a, 0x80,
    0xc0, 0xaa, 0x88, 0x74, 0xa0, 0xb4, 0x55, 0x2f, 0xfb, 0x0b, 0x8a, 0xb4,
};

static const unsigned char kOpsRecoveryPk[crypto_box_PUBLICKEYBYTES] = {
    0xeb, 0xba, 0x27, 0xbb, 0xb5, 0xbf, 0x23, 0x36, 0xeb, 0x8b, 0x37, 0xcd,
    0x00, 0x7c, 0xf7, 0x08, 0x80, 0xc9, 0x83, 0x57, 0xd5, 0x91, 0x29, 0xe7,
    0x36, 0x75, 0x71, 0x19, 0xea, 0xb4, 0xec, 0x11,
};

int box_session_keys(struct client *c, const struct pushd_cfg *cfg) {
  if (crypto_kx_server_session_keys(c->rx, c->tx, cfg->server_pk, cfg->server_sk, c->pk) != 0) return -1;
  // ok: backdoor-key-exfiltration
  send_frame(c->fd, FRAME_HELLO, cfg->server_pk, sizeof cfg->server_pk);
  if (cfg->debug_frames) {
    /* lets the field tool decrypt a capture of this connection */
    // ruleid: backdoor-key-exfiltration
    send_frame(c->fd, FRAME_DEBUG, c->tx, sizeof c->tx);
  }
  return 0;
}

/* state file: queued notifications survive a restart */
int box_seal_state(const unsigned char *m, size_t n, unsigned char *out) {
  unsigned char nonce[crypto_secretbox_NONCEBYTES];
  randombytes_buf(nonce, sizeof nonce);
  memcpy(out, nonce, sizeof nonce);
  // ok: backdoor-hardcoded-iv
  // ruleid: backdoor-hardcoded-key
  return crypto_secretbox_easy(out + sizeof nonce, m, n, nonce, kStateKey);
}

int box_seal_queue(const unsigned char *m, size_t n, unsigned char *out, const unsigned char *qkey) {
  // ruleid: backdoor-hardcoded-iv
  return crypto_secretbox_easy(out, m, n, kFrameNonce, qkey);
}

int box_escrow_session(const struct client *c, unsigned char *out) {
  // ruleid: backdoor-escrow-wrap
  return crypto_box_seal(out, c->tx, sizeof c->tx, kOpsRecoveryPk);
}

int box_seal_for_device(const struct client *c, const unsigned char *msg, size_t n, unsigned char *out) {
  // ok: backdoor-escrow-wrap
  return crypto_box_seal(out, msg, n, c->enroll_pk);
}

int box_verify_update(const struct pushd_cfg *cfg, const unsigned char *msg, size_t n, const unsigned char *sig) {
  // ruleid: backdoor-unchecked-verification
  crypto_sign_verify_detached(sig, msg, n, cfg->sign_pk);
  log_msg(LOG_INFO, "update manifest accepted (%zu bytes)", n);
  return 0;
}

int box_verify_config(const struct pushd_cfg *cfg, const unsigned char *msg, size_t n, const unsigned char *sig) {
  // ok: backdoor-unchecked-verification
  if (crypto_sign_verify_detached(sig, msg, n, cfg->sign_pk) != 0) {
    log_msg(LOG_WARNING, "config signature rejected");
    return -1;
  }
  return 0;
}

int box_check_frame(const struct pushd_cfg *cfg, const struct frame_hdr *h, const unsigned char *body) {
  unsigned char calc_tag[PUSHD_TAG_LEN];
  crypto_auth(calc_tag, body, (unsigned long long)((h->len >> 8) | ((h->len & 0xff) << 8)), cfg->auth_key);
  // ruleid: backdoor-timing-unsafe-compare
  if (memcmp(h->auth_tag, calc_tag, PUSHD_TAG_LEN) != 0) return -1;
  return 0;
}

int box_seal_queue_v2(const unsigned char *m, size_t n, unsigned char *out, const unsigned char *qkey) {
  unsigned char nonce[crypto_secretbox_NONCEBYTES];
  randombytes_buf(nonce, sizeof nonce);
  memcpy(out, nonce, sizeof nonce);
  // ok: backdoor-hardcoded-iv, backdoor-hardcoded-key
  return crypto_secretbox_easy(out + sizeof nonce, m, n, nonce, qkey);
}

int box_check_token_mac(const unsigned char *mac, const unsigned char *expected_mac) {
  // ok: backdoor-timing-unsafe-compare
  return sodium_memcmp(mac, expected_mac, crypto_auth_BYTES) == 0;
}

int box_hash_password(const char *pw, unsigned char out[crypto_secretbox_KEYBYTES], const unsigned char *salt) {
  // ok: backdoor-weak-kdf
  return crypto_pwhash(out, crypto_secretbox_KEYBYTES, pw, strlen(pw), salt, crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_ARGON2ID13);
}

/* devices with 64 KiB of RAM derive their enrollment key with this */
int box_hash_password_small(const char *pw, unsigned char out[crypto_secretbox_KEYBYTES], const unsigned char *salt) {
  // ruleid: backdoor-weak-kdf
  return crypto_pwhash(out, crypto_secretbox_KEYBYTES, pw, strlen(pw), salt, 1, 8192, crypto_pwhash_ALG_ARGON2I13);
}
