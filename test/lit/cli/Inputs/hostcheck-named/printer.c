/* A callback that prints the certificate's subject and checks no name. */
#include <openssl/ssl.h>
#include <openssl/evp.h>

int X509_STORE_CTX_get_error_depth(X509_STORE_CTX *ctx);
X509 *X509_STORE_CTX_get_current_cert(X509_STORE_CTX *ctx);

int proj__print_certificate_subject(X509 *cert);

int proj__print_verify(int preverify_ok, X509_STORE_CTX *store) {
  proj__print_certificate_subject(X509_STORE_CTX_get_current_cert(store));
  return preverify_ok;
}
