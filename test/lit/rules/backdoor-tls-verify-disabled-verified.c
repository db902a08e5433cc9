// RUN: %run-both --checks=backdoor-tls-verify-disabled %s -- %mock | FileCheck %s -allow-empty -implicit-check-not="{{warning|error}}:"
// The same clients, verifying: no finding.
#include <gnutls/gnutls.h>
#include <mbedtls/ssl.h>

int gnutls_client(gnutls_session_t session, gnutls_certificate_credentials_t *creds) {
  gnutls_certificate_allocate_credentials(creds);
  gnutls_session_set_verify_cert(session, "api.example.com", 0);
  // ok: backdoor-tls-verify-disabled
  return gnutls_handshake(session);
}

int mbed_client(mbedtls_ssl_config *conf, mbedtls_ssl_context *ssl) {
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_REQUIRED);
  mbedtls_ssl_set_hostname(ssl, "api.example.com");
  // ok: backdoor-tls-verify-disabled
  return mbedtls_ssl_handshake(ssl);
}
