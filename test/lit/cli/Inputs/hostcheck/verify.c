/* The project's own verification: the chain, then the host name (in names.c). */
#include <openssl/ssl.h>

int tls_peer_name_ok(X509_STORE_CTX *store);

int app_verify_peer(int preverify_ok, X509_STORE_CTX *store) {
  if (!preverify_ok) return 0;
  return tls_peer_name_ok(store);
}
