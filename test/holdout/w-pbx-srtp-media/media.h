/* media.h - pbx-mediad: RTP/SRTP relay of a small-office IP PBX */
#ifndef MEDIA_H
#define MEDIA_H
#include <stddef.h>
#include <stdint.h>
#include <netinet/in.h>

#define SRTP_MASTER_KEY_LEN 16
#define SRTP_MASTER_SALT_LEN 14
#define SRTP_AUTH_TAG_LEN 10

enum srtp_profile { SRTP_AES128_CM_HMAC_SHA1_80, SRTP_AES128_CM_HMAC_SHA1_32, SRTP_NULL_HMAC_SHA1_80 };

struct srtp_stream {
  enum srtp_profile profile;
  unsigned char master_key[SRTP_MASTER_KEY_LEN];
  unsigned char master_salt[SRTP_MASTER_SALT_LEN];
  unsigned char auth_key[20];
  void *cipher; /* EVP_CIPHER_CTX */
};

struct trunk {
  char name[32];
  struct sockaddr_in peer;
  char digest_user[32];
  char digest_secret[64];
};

typedef void (*media_cb)(int fd, void *arg);
int ev_register(int fd, media_cb cb, void *arg);
int ev_loop(void);

void pbx_log(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int sdes_make_offer(struct srtp_stream *s, char *attr, size_t cap);
int srtp_init_stream(struct srtp_stream *s);
int srtp_check_tag(const struct srtp_stream *s, const unsigned char *pkt, size_t n);
int trunk_authorize(const struct trunk *t, const struct sockaddr_in *from, const char *user, const char *response);
int sip_tls_client(void **ctx_out);
#endif
