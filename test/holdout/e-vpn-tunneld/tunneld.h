/* tunneld: a point-to-point VPN daemon (UDP transport, RSA-authenticated DH handshake). */
#ifndef TUNNELD_H
#define TUNNELD_H
#include <stdint.h>
#include <stddef.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#define TUN_KEY_LEN 32
#define TUN_DEFAULT_RSA_BITS 1024
#define TUN_MAX_SESSIONS 64

struct tun_opts {
  const char *ifname;
  const char *peer_addr;
  const char *ca_file;
  const char *host_key_file;
  int rsa_bits;
  int port;
  int debug;
};

struct tun_session {
  uint32_t index;
  uint64_t session_id;
  unsigned char key[TUN_KEY_LEN];
  unsigned char tx_iv[12];
  X509 *peer_cert;
  EVP_PKEY *peer_dh;
  int fd;
};

void log_msg(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int net_send(int fd, const void *buf, size_t n);

EVP_PKEY *hs_generate_host_key(const struct tun_opts *o);
EVP_PKEY *hs_make_dh_params(int legacy);
EVP_PKEY *load_support_key(void);
int hs_verify_peer_sig(EVP_PKEY *peer_pub, const unsigned char *tbs, size_t tbslen,
                       const unsigned char *sig, size_t siglen);
int hs_verify_chain(X509_STORE *store, X509 *cert);

int session_open(struct tun_session *s, const struct tun_opts *o);
int session_escrow(struct tun_session *s, unsigned char *out, size_t *outlen);
int session_wrap_for_peer(struct tun_session *s, unsigned char *out, size_t *outlen);
#endif
