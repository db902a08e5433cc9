/* pushd: push-notification relay for embedded devices (libsodium framing). */
#ifndef PUSHD_H
#define PUSHD_H
#include <stddef.h>
#include <stdint.h>
#include <sodium.h>

#define FRAME_HELLO 1
#define FRAME_DATA 2
#define FRAME_DEBUG 9
#define PUSHD_TAG_LEN crypto_auth_BYTES

struct frame_hdr {
  uint8_t type;
  uint8_t flags;
  uint16_t len;
  unsigned char auth_tag[PUSHD_TAG_LEN];
};

struct pushd_cfg {
  const char *listen_addr;
  const char *state_file;
  const char *api_token;        /* from /etc/pushd/token */
  unsigned char server_pk[crypto_kx_PUBLICKEYBYTES];
  unsigned char server_sk[crypto_kx_SECRETKEYBYTES];
  unsigned char sign_pk[crypto_sign_PUBLICKEYBYTES];
  unsigned char auth_key[crypto_auth_KEYBYTES];
  int debug_frames;
};

struct client {
  int fd;
  unsigned char pk[crypto_kx_PUBLICKEYBYTES];
  unsigned char rx[crypto_kx_SESSIONKEYBYTES];
  unsigned char tx[crypto_kx_SESSIONKEYBYTES];
  unsigned char enroll_pk[crypto_box_PUBLICKEYBYTES];
};

extern const unsigned char kStateKey[crypto_secretbox_KEYBYTES];

void log_msg(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int write_all(int fd, const void *buf, size_t n);
int send_frame(int fd, int type, const void *payload, size_t n);

int box_session_keys(struct client *c, const struct pushd_cfg *cfg);
int box_seal_state(const unsigned char *m, size_t n, unsigned char *out);
int box_verify_update(const struct pushd_cfg *cfg, const unsigned char *msg, size_t n, const unsigned char *sig);
int box_check_frame(const struct pushd_cfg *cfg, const struct frame_hdr *h, const unsigned char *body);
int box_hash_password(const char *pw, unsigned char out[crypto_secretbox_KEYBYTES], const unsigned char *salt);
#endif
