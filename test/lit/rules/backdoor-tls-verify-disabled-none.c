// RUN: %run-both --checks=backdoor-tls-verify-disabled %s -- %mock | FileCheck %s -implicit-check-not="{{warning|error}}:"
// Verification turned off for the whole unit: that call is the finding. The
// handshake that follows verifies no chain, so its missing host-name check is
// not reported again (it would claim a chain verification that never runs).
#include <openssl/ssl.h>

int upload(SSL_CTX *ctx, SSL *ssl, const char *host) {
  // ruleid: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  // CHECK: :[[@LINE-1]]:27: warning: 'SSL_VERIFY_NONE' turns off certificate verification, so anyone on the path can impersonate the peer, and the verification result is never read [backdoor-tls-verify-disabled]
  // ok: backdoor-tls-verify-disabled
  if (SSL_connect(ssl) != 1)
    return -1;
  return 0;
}
