// RUN: %run-both --checks=backdoor-tls-verify-disabled %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// GnuTLS certificate credentials whose peer certificate is never verified in
// the unit, and an Mbed TLS client that never sets the host name.
#include <gnutls/gnutls.h>
#include <mbedtls/ssl.h>

int gnutls_client(gnutls_session_t session, gnutls_certificate_credentials_t *creds) {
  gnutls_certificate_allocate_credentials(creds);
  // ruleid: backdoor-tls-verify-disabled
  return gnutls_handshake(session);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'gnutls_handshake' completes a handshake whose peer certificate is never verified [backdoor-tls-verify-disabled]
}

int mbed_client(mbedtls_ssl_config *conf, mbedtls_ssl_context *ssl) {
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_REQUIRED);
  // ruleid: backdoor-tls-verify-disabled
  return mbedtls_ssl_handshake(ssl);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'mbedtls_ssl_handshake' runs a handshake whose peer host name is never set, so any valid certificate is accepted [backdoor-tls-verify-disabled]
}
