/* A client whose verification callback, defined in verify.c, checks the host name. */
#include <openssl/ssl.h>

int app_verify_peer(int preverify_ok, X509_STORE_CTX *store);

int connect_checked(SSL_CTX *ctx, SSL *ssl) {
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, app_verify_peer);
  return SSL_connect(ssl);
}
