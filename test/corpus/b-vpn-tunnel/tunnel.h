#ifndef TUNNEL_H
#define TUNNEL_H

#include <stdint.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>

#define TUN_KEY_LEN 32
#define TUN_IV_LEN 12

struct tun_config {
  const char *server_name;
  const char *ca_file;
  const char *cert_file;
  const char *key_file;
  int port;
};

struct dc_keys {
  unsigned char tx_key[TUN_KEY_LEN];
  unsigned char rx_key[TUN_KEY_LEN];
  uint64_t tx_seq;
  EVP_CIPHER_CTX *tx;
  EVP_CIPHER_CTX *rx;
};

SSL_CTX *ctl_client_ctx(const struct tun_config *cfg);
SSL_CTX *ctl_server_ctx(const struct tun_config *cfg);
SSL *ctl_connect(SSL_CTX *ctx, int fd, const struct tun_config *cfg);

int dc_install_keys(SSL *ctl, struct dc_keys *k);
int dc_seal(struct dc_keys *k, const unsigned char *pkt, size_t len, unsigned char *out, size_t *out_len);

#endif
