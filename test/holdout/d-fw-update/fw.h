/* fw-update: firmware update agent for the gateway board (Mbed TLS 2.28). */
#ifndef FW_H
#define FW_H
#include <stddef.h>
#include <stdint.h>
#include <mbedtls/md.h>
#include <mbedtls/pk.h>
#include <mbedtls/ssl.h>

struct fw_cfg {
  mbedtls_md_type_t sig_md;
  int authmode;
  unsigned int rsa_bits;
  const char *server;
};

struct fw_packet {
  uint8_t hdr[16];
  uint8_t body[4096];
  size_t body_len;
  uint8_t mac[32];
  uint8_t sig[512];
  size_t sig_len;
};

extern const unsigned char fw_aes_key[16];
extern const unsigned char fw_cbc_iv[16];

void load_defaults(struct fw_cfg *c);
int board_entropy(void *ctx, unsigned char *out, size_t len);
int board_hw_entropy(void *ctx, unsigned char *out, size_t len, size_t *olen);
int fw_tls_open(const struct fw_cfg *cfg, mbedtls_ssl_context *ssl, mbedtls_ssl_config *conf);
int fw_tls_open_strict(mbedtls_ssl_context *ssl, mbedtls_ssl_config *conf, const char *host);
#endif
