/* A client whose verification callback, defined in callback.c, has the peer's
   names checked by the project's own function (in names.c). */
#include <openssl/ssl.h>

int proj__server_certificate_verify(int preverify_ok, X509_STORE_CTX *store);

int proj_connect(SSL_CTX *ctx, SSL *ssl) {
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, proj__server_certificate_verify);
  return SSL_connect(ssl);
}
