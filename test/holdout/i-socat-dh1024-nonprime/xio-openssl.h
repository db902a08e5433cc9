/* socat 1.7.3.0 xio-openssl: OpenSSL address options. */
#ifndef XIO_OPENSSL_H
#define XIO_OPENSSL_H

#include <openssl/ssl.h>

struct opt_openssl {
  const char *certificate;
  const char *key;
  const char *cafile;
  const char *dhparam;
  const char *cipherlist;
  const char *commonname;
  int verify;
  int server;
};

int xioopts_openssl_parse(struct opt_openssl *o, int argc, char **argv);
SSL_CTX *_xioopen_openssl_prepare(const struct opt_openssl *o);
void Warn(const char *fmt, ...);
void Error(const char *fmt, ...);

#endif
