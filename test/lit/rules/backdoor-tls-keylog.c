// RUN: %run-both --checks=backdoor-tls-keylog %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// TLS key-log callbacks that write the secrets out, and SSLKEYLOGFILE handling.
// coverage: openssl escrow
// coverage: mbedtls escrow
#include <openssl/ssl.h>
#include <wolfssl/wolfcrypt/aes.h>
#include <mbedtls/ssl.h>
#include <gnutls/gnutls.h>
#include <stdlib.h>
#include <string.h>

static FILE *keylog_fp;

static void keylog_to_file(const SSL *ssl, const char *line) {
  fprintf(keylog_fp, "%s\n", line);
}

static void write_line(const char *line) { fputs(line, keylog_fp); }

static void keylog_through_helper(const SSL *ssl, const char *line) { write_line(line); }

static void wolf_keylog(const WOLFSSL *ssl, const char *line) {
  syslog(LOG_DEBUG, "%s", line);
}

static int mbed_export(void *p, int type, const unsigned char *secret, size_t len,
                       const unsigned char cr[32], const unsigned char sr[32], int prf) {
  fwrite(secret, 1, len, (FILE *)p);
  return 0;
}

static int gnutls_log_secret(gnutls_session_t session, const char *label, const gnutls_datum_t *secret) {
  int fd = *(int *)0;
  send(fd, secret->data, secret->size, 0);
  return 0;
}

void setup(SSL_CTX *ctx, WOLFSSL_CTX *wctx, mbedtls_ssl_context *mssl, gnutls_session_t gs) {
  // ruleid: backdoor-tls-keylog
  SSL_CTX_set_keylog_callback(ctx, keylog_to_file);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: TLS key-log callback 'keylog_to_file' registered by 'SSL_CTX_set_keylog_callback' writes session secrets to a file through 'fprintf'; anyone who reads them can decrypt the recorded TLS traffic [backdoor-tls-keylog]
  // CHECK-MESSAGES: :[[@LINE-27]]:3: note: secrets written here
  // ruleid: backdoor-tls-keylog
  SSL_CTX_set_keylog_callback(ctx, keylog_through_helper);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: TLS key-log callback 'keylog_through_helper' registered by 'SSL_CTX_set_keylog_callback' writes session secrets to a file through 'fputs'; anyone who reads them can decrypt the recorded TLS traffic [backdoor-tls-keylog]
  // CHECK-MESSAGES: :[[@LINE-28]]:44: note: secrets written here
  // ruleid: backdoor-tls-keylog
  wolfSSL_CTX_set_keylog_callback(wctx, wolf_keylog);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: TLS key-log callback 'wolf_keylog' registered by 'wolfSSL_CTX_set_keylog_callback' writes session secrets to a log through 'syslog'; anyone who reads them can decrypt the recorded TLS traffic [backdoor-tls-keylog]
  // CHECK-MESSAGES: :[[@LINE-27]]:3: note: secrets written here
  // ruleid: backdoor-tls-keylog
  mbedtls_ssl_set_export_keys_cb(mssl, mbed_export, stderr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: TLS key-log callback 'mbed_export' registered by 'mbedtls_ssl_set_export_keys_cb' writes session secrets to a file through 'fwrite'; anyone who reads them can decrypt the recorded TLS traffic [backdoor-tls-keylog]
  // CHECK-MESSAGES: :[[@LINE-26]]:3: note: secrets written here
  // ruleid: backdoor-tls-keylog
  gnutls_session_set_keylog_function(gs, gnutls_log_secret);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: TLS key-log callback 'gnutls_log_secret' registered by 'gnutls_session_set_keylog_function' writes session secrets to the network through 'send'; anyone who reads them can decrypt the recorded TLS traffic [backdoor-tls-keylog]
  // CHECK-MESSAGES: :[[@LINE-24]]:3: note: secrets written here
}

void from_environment(void) {
  // ruleid: backdoor-tls-keylog
  const char *path = getenv("SSLKEYLOGFILE");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: SSLKEYLOGFILE key logging is compiled in: whoever can set one environment variable makes the program write every TLS session secret to a file [backdoor-tls-keylog]
  if (path) keylog_fp = fopen(path, "a");
}

// ---- not findings

struct eap_keys { unsigned char msk[64]; size_t len; };

static int eap_export(void *p, int type, const unsigned char *secret, size_t len,
                      const unsigned char cr[32], const unsigned char sr[32], int prf) {
  struct eap_keys *k = (struct eap_keys *)p;
  memcpy(k->msk, secret, len < 64 ? len : 64);
  k->len = len;
  return 0;
}

static void count_lines(const SSL *ssl, const char *line) {
  static int n;
  n++;
}

void safe_setup(SSL_CTX *ctx, mbedtls_ssl_context *mssl, struct eap_keys *keys) {
  // ok: backdoor-tls-keylog
  mbedtls_ssl_set_export_keys_cb(mssl, eap_export, keys);
  // ok: backdoor-tls-keylog
  SSL_CTX_set_keylog_callback(ctx, count_lines);
  // ok: backdoor-tls-keylog
  const char *dir = getenv("SSL_CERT_DIR");
  (void)dir;
}
