/* The verification callback: the chain, then the certificate's host name. */
#include <openssl/ssl.h>
#include <openssl/evp.h>

int X509_STORE_CTX_get_error_depth(X509_STORE_CTX *ctx);
X509 *X509_STORE_CTX_get_current_cert(X509_STORE_CTX *ctx);

int proj__verify_certificate_hostname(X509 *cert, const char *hostname);
extern const char *proj_peer_host;

int proj__server_certificate_verify(int preverify_ok, X509_STORE_CTX *store) {
  if (!preverify_ok) return 0;
  if (X509_STORE_CTX_get_error_depth(store) != 0) return preverify_ok;
  return proj__verify_certificate_hostname(X509_STORE_CTX_get_current_cert(store), proj_peer_host);
}
