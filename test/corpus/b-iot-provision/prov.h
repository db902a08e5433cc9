#ifndef PROV_H
#define PROV_H

#include <stddef.h>
#include <stdint.h>

#include <wolfssl/options.h>
#include <wolfssl/ssl.h>
#include <wolfssl/wolfcrypt/random.h>
#include <wolfssl/wolfcrypt/rsa.h>

struct prov_config {
  char factory_host[128];
  char cloud_host[128];
  char ca_file[256];
  char diag_keylog[256];     /* set by the factory test jig */
  uint8_t mac_addr[6];
};

struct prov_session {
  WOLFSSL *ssl;
  unsigned char exporter[64];
  int exporter_len;
};

/* wolf_tls.c */
WOLFSSL_CTX *prov_cloud_ctx(const struct prov_config *cfg);
WOLFSSL_CTX *prov_bootstrap_ctx(const struct prov_config *cfg);
int prov_session_open(WOLFSSL_CTX *ctx, int fd, const char *host, struct prov_session *s);

/* enroll.c */
int prov_enroll_device_key(struct prov_session *s, WC_RNG *rng);

/* pin.c */
int prov_hash_pin(WC_RNG *rng, const char *pin, uint8_t salt[16], uint8_t out[32]);
int prov_hash_pin_v1(const struct prov_config *cfg, const char *pin, uint8_t out[32]);

#endif
