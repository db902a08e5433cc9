#include <openssl/sha.h>
#include <openssl/ssl.h>
#include <stdlib.h>

void app_log(int level, const char *fmt, ...);
void to_hex(const unsigned char *in, size_t n, char *out);
void redact(const unsigned char *in, size_t n, char *out);

void report_master(SSL_SESSION *sess, int fd) {
  unsigned char master[48];
  char hex[97];
  size_t n = SSL_SESSION_get_master_key(sess, master, sizeof master);
  to_hex(master, n, hex);
  send(fd, hex, 2 * n, 0);
}

void log_master(SSL_SESSION *sess) {
  unsigned char master[48];
  char hex[97];
  size_t n = SSL_SESSION_get_master_key(sess, master, sizeof master);
  to_hex(master, n, hex);
  app_log(1, "master=%s\n", hex);
}

void log_fingerprint(SSL_SESSION *sess) {
  unsigned char master[48], fp[32];
  char hex[65];
  size_t n = SSL_SESSION_get_master_key(sess, master, sizeof master);
  SHA256(master, n, fp);
  to_hex(fp, sizeof fp, hex);
  app_log(1, "fingerprint=%s\n", hex);
}

void log_redacted(SSL_SESSION *sess, int fd) {
  unsigned char master[48];
  char shown[97];
  size_t n = SSL_SESSION_get_master_key(sess, master, sizeof master);
  redact(master, n, shown);
  app_log(1, "master=%s\n", shown);
  send(fd, shown, sizeof shown, 0);
}

void log_version(int version) {
  unsigned char v[2] = {(unsigned char)(version >> 8), (unsigned char)version};
  char hex[5];
  to_hex(v, 2, hex);
  app_log(1, "version=%s\n", hex);
}
