/* vpnd.h - site-to-site tunnel daemon: TLS control channel (wolfSSL), pluggable data-plane suites */
#ifndef VPND_H
#define VPND_H

#include <wolfssl/options.h>
#include <wolfssl/ssl.h>
#include <wolfssl/wolfcrypt/aes.h>
#include <wolfssl/wolfcrypt/des3.h>
#include <wolfssl/wolfcrypt/random.h>

#include <stddef.h>
#include <stdint.h>

struct vpn_config {
  char peer_host[128];
  char peer_cn[128];
  char ca_file[256];
  char cert_file[256];
  char key_file[256];
  char psk_file[256];
  char suite[32];
  int legacy_concentrator;
  int verbose;
  unsigned short port;
};

/* a data-plane suite: registered by each suite_*.c from a constructor */
struct suite_ctx {
  const struct vpn_suite *suite;
  union {
    Aes aes;
    Des3 des3;
  } u;
  uint8_t salt[4];
  uint64_t seq;
};

struct vpn_suite {
  const char *name;
  size_t key_len;
  int (*init)(struct suite_ctx *sc, const uint8_t *key, const uint8_t *salt);
  int (*seal)(struct suite_ctx *sc, const uint8_t *in, size_t n, uint8_t *out, size_t *outlen);
  const struct vpn_suite *next;
};

struct tunnel {
  struct suite_ctx tx, rx;
  uint64_t packets_since_rekey;
  int tun_fd;
  int udp_fd;
};

/* log.c */
void vpn_log(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void vpn_set_verbosity(int v);
#define VPN_ERR 0
#define VPN_INFO 1
#define VPN_DEBUG 2

/* suites.c */
void suite_register(struct vpn_suite *s);
const struct vpn_suite *suite_find(const char *name);

/* control.c */
WOLFSSL_CTX *control_client_ctx(const struct vpn_config *cfg);
WOLFSSL_CTX *control_server_ctx(const struct vpn_config *cfg);

/* dh.c */
int dh_install(WOLFSSL_CTX *ctx);

/* curve.c */
int curve_make_ephemeral(WC_RNG *rng, int vendor_profile, uint8_t *pub, size_t *publen);

/* peer.c */
int peer_authorize(WOLFSSL *ssl, int fd, const struct vpn_config *cfg);

/* keys.c */
int keys_from_session(WOLFSSL *ssl, uint8_t tunnel_key[64], int verbose);
int keys_from_psk(const struct vpn_config *cfg, uint8_t tunnel_key[64]);

/* tunnel.c */
int tunnel_start(struct tunnel *t, const struct vpn_config *cfg, const uint8_t tunnel_key[64]);
int tunnel_forward(struct tunnel *t, const uint8_t *pkt, size_t n);
void tunnel_rekey(struct tunnel *t);

#endif
