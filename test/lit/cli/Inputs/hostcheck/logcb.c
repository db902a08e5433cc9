/* A callback that only logs. */
#include <openssl/ssl.h>

int log_line(const char *s);

int app_log_peer(int preverify_ok, X509_STORE_CTX *store) {
  (void)store;
  log_line("peer");
  return preverify_ok;
}
