#include <openssl/ssl.h>
void keylog_to_file(const SSL *ssl, const char *line);
void keylog_count(const SSL *ssl, const char *line);
void relay_text(int fd, const char *text);
void stats_add(const char *text);
int g_spool_fd = -1;

static void forward_line(const SSL *ssl, const char *line) {
  (void)ssl;
  relay_text(g_spool_fd, line);
}
static void count_line(const SSL *ssl, const char *line) {
  (void)ssl;
  stats_add(line);
}
void setup(SSL_CTX *a, SSL_CTX *b, SSL_CTX *c, SSL_CTX *d) {
  SSL_CTX_set_keylog_callback(a, keylog_to_file);
  SSL_CTX_set_keylog_callback(b, keylog_count);
  SSL_CTX_set_keylog_callback(c, forward_line);
  SSL_CTX_set_keylog_callback(d, count_line);
}
