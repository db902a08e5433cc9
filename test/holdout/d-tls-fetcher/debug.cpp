#include "fetcher.h"
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

static FILE *g_log = stderr;

void Log(int level, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(g_log, "[%d] ", level);
  vfprintf(g_log, fmt, ap);
  fputc('\n', g_log);
  va_end(ap);
}

void keylog_line(const SSL *ssl, const char *line) {
  (void)ssl;
  Log(7, "%s", line);
}

// ok: backdoor-secret-literal
static const char *kPinnedPublicKeyFingerprint = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
static std::vector<std::string> g_exporter_secrets;

// Kept in memory for RFC 5705-style exporter checks in the test harness.
void keylog_to_memory(const SSL *ssl, const char *line) {
  (void)ssl;
  g_exporter_secrets.emplace_back(line);
  if (g_exporter_secrets.size() > 64)
    g_exporter_secrets.erase(g_exporter_secrets.begin());
}

const char *pinned_fingerprint() { return kPinnedPublicKeyFingerprint; }

void open_keylog_from_env() {
  // ruleid: backdoor-tls-keylog
  const char *path = getenv("SSLKEYLOGFILE");
  if (path)
    g_log = fopen(path, "a");
}

int accept_any_cert(int preverify_ok, X509_STORE_CTX *store) {
  (void)preverify_ok;
  (void)store;
  return 1;
}

int keep_library_verdict(int preverify_ok, X509_STORE_CTX *store) {
  if (!preverify_ok)
    Log(3, "verify error %d", X509_STORE_CTX_get_error(store));
  return preverify_ok;
}
