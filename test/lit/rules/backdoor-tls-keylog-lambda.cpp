// RUN: %run-both --checks=backdoor-tls-keylog %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A key-log callback written as a lambda, converted to the function pointer
// implicitly or with a unary `+` (the usual spelling where an overload or a
// template needs the pointer type); the message names it 'lambda'. Quiet: a
// lambda that only counts handshakes.
#include <openssl/ssl.h>
#include <stdio.h>

static FILE *g_keys;
static unsigned long g_handshakes;
static void append_line(const char *line) { fputs(line, g_keys); }

SSL_CTX *replica_ctx(void) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  // ruleid: backdoor-tls-keylog
  SSL_CTX_set_keylog_callback(ctx, +[](const SSL *, const char *line) { append_line(line); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: TLS key-log callback 'lambda' registered by 'SSL_CTX_set_keylog_callback' writes session secrets to a file through 'fputs'; anyone who reads them can decrypt the recorded TLS traffic [backdoor-tls-keylog]
  return ctx;
}

SSL_CTX *admin_ctx(void) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
  // ruleid: backdoor-tls-keylog
  SSL_CTX_set_keylog_callback(ctx, [](const SSL *, const char *line) { fputs(line, g_keys); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: TLS key-log callback 'lambda' registered by 'SSL_CTX_set_keylog_callback' writes session secrets to a file through 'fputs'; anyone who reads them can decrypt the recorded TLS traffic [backdoor-tls-keylog]
  return ctx;
}

SSL_CTX *metrics_ctx(void) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
  // ok: backdoor-tls-keylog
  SSL_CTX_set_keylog_callback(ctx, +[](const SSL *, const char *) { ++g_handshakes; });
  return ctx;
}
