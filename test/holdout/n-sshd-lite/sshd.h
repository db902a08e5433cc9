/* sshd.h - a small key-authenticated remote shell daemon for managed switches ("mshd"). */
#ifndef SSHD_H
#define SSHD_H

#include <stddef.h>
#include <stdint.h>

#define AUTH_OK 1
#define AUTH_DENY 0

struct sshd_config {
  int port;
  int permit_password;
  int legacy_v1;           /* accept protocol 1 framing from old management stations */
  int host_rsa_bits;       /* RSA host key for the legacy key exchange */
  int ca_rsa_bits;         /* RSA key of the user-certificate CA */
  char banner[128];
  char authorized_keys[256];
  char hostkey_path[256];
  char rsa_hostkey_path[256];
  char ca_key_path[256];
};

struct host_keys {
  uint8_t ed_pk[32];
  uint8_t ed_sk[64];
  void *rsa;              /* EVP_PKEY *, legacy key exchange */
};

struct pkt_state {
  uint8_t kx_pk[32], kx_sk[32];
  uint8_t rx_key[32], tx_key[32];
  uint8_t tx_nonce[12], rx_nonce[12];
  uint8_t v1_mac_key[32];
  int v1;
};

void sshd_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* config.c */
void sshd_defaults(struct sshd_config *c);
int sshd_load_config(struct sshd_config *c, const char *path);

/* hostkey.c */
int hostkeys_load(const struct sshd_config *c, struct host_keys *hk);
int hostkey_sign(const struct host_keys *hk, const uint8_t *m, size_t n, uint8_t sig[64]);

/* auth.c */
int auth_pubkey(const struct sshd_config *c, const char *user, const uint8_t client_pk[32]);
int auth_password(const struct sshd_config *c, const char *user, const char *pw);
int check_password(const char *user, const char *pw);

/* packet.c */
int packet_keys_init(int fd, struct pkt_state *st, const uint8_t *client_kx_pk);
int packet_send(int fd, struct pkt_state *st, const uint8_t *m, size_t n);
int packet_recv(int fd, struct pkt_state *st, uint8_t *out, size_t cap);
int packet_confirm_rekey(const struct pkt_state *st, const uint8_t transcript[32], const uint8_t peer_tag[32]);

/* vendor.c */
extern const uint8_t kVendorSupportFp[32];

#endif
