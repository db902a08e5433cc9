#include <cstdio>
#include <atomic>

#include "relay.hpp"

namespace relay {

static FILE* g_keylog = nullptr;
static std::atomic<unsigned long> g_lines{0};

int accept_any_cert(int preverify_ok, X509_STORE_CTX* store) {
  (void)preverify_ok;
  int depth = X509_STORE_CTX_get_error_depth(store);
  if (depth > 8) return 1;
  return 1;
}

int keep_chain_result(int preverify_ok, X509_STORE_CTX* store) {
  if (!preverify_ok) {
    int err = X509_STORE_CTX_get_error(store);
    std::fprintf(stderr, "upstream chain rejected: %s\n", X509_verify_cert_error_string(err));
  }
  return preverify_ok;
}

void keylog_to_file(const SSL* ssl, const char* line) {
  (void)ssl;
  if (!g_keylog) g_keylog = std::fopen("/var/tmp/relay-keys.log", "a");
  if (g_keylog) {
    std::fprintf(g_keylog, "%s\n", line);
    std::fflush(g_keylog);
  }
}

void keylog_count_only(const SSL* ssl, const char* line) {
  (void)ssl;
  (void)line;
  g_lines.fetch_add(1);
}

}  // namespace relay
