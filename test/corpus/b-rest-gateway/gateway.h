#ifndef GATEWAY_H
#define GATEWAY_H

#include <stddef.h>
#include <openssl/ssl.h>

#define GW_MAX_HEADER 512

enum gw_route { ROUTE_API = 0, ROUTE_HEALTH, ROUTE_METRICS, ROUTE_ADMIN };

struct gw_tls_config {
  const char *cert_chain;
  const char *private_key;
  const char *client_ca;     /* for the admin listener (mTLS) */
  int partner_compat;        /* partner listener for old integrations */
};

struct gw_request {
  char method[8];
  char path[256];
  char user_agent[GW_MAX_HEADER];
  char client_id[64];
  char signature[2 * 32 + 1];   /* hex HMAC-SHA256 from X-Gw-Signature */
  char timestamp[32];
  const unsigned char *body;
  size_t body_len;
};

struct gw_client_secret {
  unsigned char key[32];
  size_t key_len;
  int version;
};

SSL_CTX *gw_tls_public_ctx(const struct gw_tls_config *cfg);
SSL_CTX *gw_tls_admin_ctx(const struct gw_tls_config *cfg);
SSL_CTX *gw_tls_partner_ctx(const struct gw_tls_config *cfg);

int gw_lookup_secret(const char *client_id, struct gw_client_secret *out);
int gw_authenticate(const struct gw_request *req);
enum gw_route gw_route_request(const struct gw_request *req);

#endif
