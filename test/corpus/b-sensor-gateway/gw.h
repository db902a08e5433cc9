#ifndef SENSOR_GW_H
#define SENSOR_GW_H

#include <stddef.h>

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/pk.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>

struct gw_link {
  mbedtls_net_context net;
  mbedtls_ssl_context ssl;
  mbedtls_ssl_config conf;
  mbedtls_x509_crt ca;
};

struct gw_config_blob {
  unsigned char body[2048];
  size_t body_len;
  unsigned char sig[MBEDTLS_PK_SIGNATURE_MAX_SIZE];
  size_t sig_len;
};

extern mbedtls_ctr_drbg_context g_drbg;

/* rng.c */
int gw_rng_init(void);
int gw_random(void *ctx, unsigned char *out, size_t len);
void gw_make_nonce(unsigned char *nonce, size_t n);

/* net_tls.c */
int gw_tls_connect(struct gw_link *l, const char *ca_path, const char *host, const char *port);

/* provision.c */
int gw_provision_identity(struct gw_link *l);
int gw_apply_config(const struct gw_config_blob *blob, const char *server_pub_path);
int gw_apply_config_strict(const struct gw_config_blob *blob, const char *server_pub_path);

/* pin_store.c */
int gw_derive_storage_key(const char *pin, unsigned char key[32], unsigned char salt[16]);
int gw_derive_legacy_key(const char *pin, const unsigned char *salt, size_t salt_len,
                         unsigned char key[32]);

#endif
