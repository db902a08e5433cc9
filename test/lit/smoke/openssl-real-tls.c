// Smoke test against the real OpenSSL 3 headers (Debian's libssl-dev): the
// protocol-version setters are macros over SSL_CTX_ctrl/SSL_ctrl there, so the
// version reaches the control call's `larg`, and the message still names the
// macro the code wrote (TLS1_VERSION), not its number.
// REQUIRES: openssl-headers
// RUN: %run-both %s -- -Wno-deprecated-declarations | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: openssl tls-versions
#include <openssl/ssl.h>

void legacy_minimum(SSL_CTX *ctx, SSL *ssl) {
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: 'TLS1_VERSION' allows a deprecated protocol version as the minimum [backdoor-weak-tls]
  // ruleid: backdoor-weak-tls
  SSL_set_min_proto_version(ssl, SSL3_VERSION);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'SSL3_VERSION' allows a deprecated protocol version as the minimum [backdoor-weak-tls]
}

void modern_minimum(SSL_CTX *ctx, SSL *ssl) {
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  // ok: backdoor-weak-tls
  SSL_set_min_proto_version(ssl, TLS1_3_VERSION);
  // A maximum is no floor: capping at TLS 1.2 weakens nothing by itself.
  // ok: backdoor-weak-tls
  SSL_CTX_set_max_proto_version(ctx, TLS1_2_VERSION);
  // Other control commands on the same call are not versions.
  // ok: backdoor-weak-tls
  SSL_CTX_set_options(ctx, SSL_OP_NO_COMPRESSION);
}

// OpenSSL 3's options are SSL_OP_BIT(n), ((uint64_t)1 << (uint64_t)n): the
// option is still named by the macro the code wrote.
void options(SSL_CTX *ctx, SSL *ssl) {
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_options(ctx, SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION' enables insecure legacy renegotiation [backdoor-weak-tls]
  // ruleid: backdoor-weak-tls
  SSL_clear_options(ssl, SSL_OP_NO_TLSv1_1);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'SSL_OP_NO_TLSv1_1' is cleared, which re-enables a broken protocol feature [backdoor-weak-tls]
  // ok: backdoor-weak-tls
  SSL_CTX_set_options(ctx, SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
}
