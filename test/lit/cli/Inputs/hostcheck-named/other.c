/* A client whose callback, defined in printer.c, only prints the certificate. */
#include <openssl/ssl.h>

int proj__print_verify(int preverify_ok, X509_STORE_CTX *store);

int proj_connect_unchecked(SSL_CTX *ctx, SSL *ssl) {
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, proj__print_verify);
  return SSL_connect(ssl);
}
