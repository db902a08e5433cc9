/* The host-name comparison itself. */
#include <openssl/ssl.h>

static int match_host_name(const char *pattern, const char *host) { return pattern == host; }

int tls_peer_name_ok(X509_STORE_CTX *store) {
  (void)store;
  return match_host_name("a", "b");
}
