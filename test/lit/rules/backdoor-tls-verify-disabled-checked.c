// RUN: %run-both --checks=backdoor-tls-verify-disabled %s -- %mock | FileCheck %s -allow-empty -implicit-check-not="{{warning|error}}:"
// SSL_VERIFY_NONE with the outcome read by SSL_get_verify_result (as curl does): the
// handshake does not fail by itself, but the verification still decides.
#include <openssl/ssl.h>

int connect_checked(SSL_CTX *ctx, SSL *ssl) {
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  SSL_set1_host(ssl, "api.example.com");
  if (SSL_connect(ssl) != 1)
    return -1;
  return SSL_get_verify_result(ssl) == 0 ? 0 : -1;
}
