#ifndef RA_ADMIN_H
#define RA_ADMIN_H

#include <openssl/ssl.h>
#include <openssl/x509.h>

struct ra_config {
  const char *cert_file;
  const char *key_file;
  const char *operator_ca;      /* CA that issues operator client certificates */
  const char *support_ca;       /* vendor support CA */
  int support_port_enabled;
};

struct ra_client {
  SSL *ssl;
  X509 *cert;
  char serial[64];             /* hex serial of the client certificate */
  char common_name[128];
  int authenticated;
};

SSL_CTX *ra_operator_ctx(const struct ra_config *cfg);
SSL_CTX *ra_support_ctx(const struct ra_config *cfg);
int ra_authorize_client(struct ra_client *c, X509_STORE *store, STACK_OF(X509) *chain);
int ra_authorize_support(struct ra_client *c, X509_STORE *store);

#endif
