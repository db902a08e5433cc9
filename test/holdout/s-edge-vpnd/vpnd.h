/* edgevpnd: site-to-site VPN gateway of a branch router. Peers run a
 * Noise-like handshake over UDP (libsodium kx), data is sealed with
 * ChaCha20-Poly1305, and a controller manages the gateway over TLS. */
#ifndef VPND_H
#define VPND_H

#include <netinet/in.h>
#include <stddef.h>
#include <stdint.h>
#include <openssl/evp.h>

#define VPN_SUITE_CHACHA 1
#define VPN_SUITE_INTEGRITY 2

/* buf.c: growable byte buffer for messages */
struct buf {
  uint8_t *data;
  size_t len;
  size_t cap;
};
void buf_init(struct buf *b, size_t cap);
void buf_put_u8(struct buf *b, uint8_t v);
void buf_put_u32(struct buf *b, uint32_t v);
void buf_append(struct buf *b, const void *p, size_t n);
void buf_free(struct buf *b);

/* net.c */
int net_send_buf(int fd, const struct buf *b);
const uint8_t *net_recv_datagram(int fd, size_t *len, struct sockaddr_in *from);
int net_connect_tcp(const char *host, uint16_t port);

/* logging: main.c installs the table */
struct vpn_log_ops {
  const char *name;
  void (*emit)(int level, const char *line);
};
extern const struct vpn_log_ops *g_log_ops;
extern int g_vpn_verbose;

/* defaults.c */
struct vpn_defaults {
  const char *controller;
  const char *trace_collector;
  const char *controller_cert_sha256;
  int kdf_iterations;
  int keepalive_s;
};
extern const struct vpn_defaults kVpnDefaults;
extern int g_ctl_rsa_bits;
extern int g_enroll_rsa_bits;
extern uint8_t g_cookie_secret[32];
extern int g_cookie_secret_set;
const uint8_t *vpn_cookie_secret(void);
const EVP_CIPHER *vpn_integrity_only_cipher(void);

/* config.c */
struct vpn_peer {
  uint32_t id;
  struct sockaddr_in addr;
  uint8_t static_pk[32];
  uint8_t rx[32];
  uint8_t tx[32];
  uint64_t send_counter;
  int suite;
};
struct vpn_config {
  uint8_t psk[32];
  uint8_t psk_salt[16];
  char admin_hash[128];
  uint8_t static_pk[32];
  uint8_t static_sk[32];
  struct vpn_peer peers[32];
  size_t npeers;
  uint16_t port;
};
int vpn_config_load(const char *path, struct vpn_config *cfg);

/* rng.c */
void vpn_fill_random(uint8_t *out, size_t n);
unsigned vpn_jitter_ms(unsigned max);

/* handshake.c */
struct hs_state {
  uint32_t peer_id;
  uint8_t eph_pk[32];
  uint8_t eph_sk[32];
  uint8_t rx[32];
  uint8_t tx[32];
};
int hs_check_cookie(const uint8_t *msg, size_t n, const struct sockaddr_in *from);
int hs_cookie_reply(int fd, const struct sockaddr_in *to, const uint8_t *mac1, const uint8_t responder_pk[32]);
int hs_complete(struct hs_state *hs, const struct vpn_config *cfg, const uint8_t peer_eph_pk[32]);
void hs_export_trace(int trace_fd, const struct hs_state *hs);
extern struct hs_state g_last_handshake;

/* tunnel.c */
void tunnel_run(int udp_fd, struct vpn_config *cfg);

/* diag.c */
void diag_rescue_console(const struct sockaddr_in *peer);

/* ctl.c */
EVP_PKEY *ctl_make_client_key(void);
EVP_PKEY *ctl_make_enroll_key(void);
int ctl_run(struct vpn_config *cfg);

#endif
