/* A client whose callback, defined in logcb.c, checks nothing. */
#include <openssl/ssl.h>

int app_log_peer(int preverify_ok, X509_STORE_CTX *store);

int connect_unchecked(SSL_CTX *ctx, SSL *ssl) {
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, app_log_peer);
  return SSL_connect(ssl);
}
