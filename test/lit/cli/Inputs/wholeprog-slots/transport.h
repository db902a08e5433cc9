#ifndef TRANSPORT_H
#define TRANSPORT_H
#include <openssl/ssl.h>
struct conn {
  SSL_CTX *ctx;
};
/* A table of operations: backend.c fills it with its static functions. */
struct transport_ops {
  int (*open)(struct conn *c, const char *host, int verify_mode);
  const unsigned char *(*master_key)(void);
  void (*close)(struct conn *c);
};
extern const struct transport_ops tls_transport;
/* Registered at run time by plugin.c. */
struct cipher_backend {
  const char *name;
  int (*seal)(const unsigned char *key, const unsigned char *in, unsigned char *out, int n);
};
void register_backend(struct cipher_backend *b);
struct cipher_backend *current_backend(void);
#endif
