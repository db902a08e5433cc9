#include <stdio.h>
#include <openssl/ssl.h>
static FILE *g_keys;
static unsigned long g_lines;
void keylog_to_file(const SSL *ssl, const char *line) {
  (void)ssl;
  if (!g_keys) g_keys = fopen("/var/tmp/tls-keys.log", "a");
  if (g_keys) fprintf(g_keys, "%s\n", line);
}
void keylog_count(const SSL *ssl, const char *line) {
  (void)ssl;
  (void)line;
  ++g_lines;
}
