// RUN: %run-both --checks=backdoor-tls-verify-disabled %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Verification callbacks accept with different values: OpenSSL's and
// wolfSSL's return non-zero, GnuTLS's return 0 to go on with the handshake,
// and Mbed TLS's clear the error bits in *flags and return 0. A callback
// accepts every certificate when each of its returns is the accepting value
// (and, for Mbed TLS, it clears *flags outside any condition).
#include <gnutls/gnutls.h>
#include <mbedtls/ssl.h>

/* --- GnuTLS: 0 goes on, anything else aborts the handshake. */
static int accept_all(gnutls_session_t s) { (void)s; return 0; }
static int log_and_accept(gnutls_session_t s) {
  unsigned status = 0;
  gnutls_certificate_verify_peers2(s, &status); /* the status is never looked at */
  return 0;
}
static int checks_peer(gnutls_session_t s) {
  unsigned status = 0;
  if (gnutls_certificate_verify_peers2(s, &status) < 0 || status != 0) return -1;
  return 0;
}
static int always_aborts(gnutls_session_t s) { (void)s; return 1; }
static int go_on(gnutls_session_t s) { (void)s; return 0; }

void gnutls_setup(gnutls_certificate_credentials_t cred, gnutls_session_t s) {
  // ruleid: backdoor-tls-verify-disabled
  gnutls_certificate_set_verify_function(cred, accept_all);
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: the verification callback 'accept_all' of 'gnutls_certificate_set_verify_function' accepts every certificate, so forged certificates pass [backdoor-tls-verify-disabled]
  // ruleid: backdoor-tls-verify-disabled
  gnutls_session_set_verify_function(s, log_and_accept);
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: the verification callback 'log_and_accept' of 'gnutls_session_set_verify_function' accepts every certificate, so forged certificates pass [backdoor-tls-verify-disabled]
  // ok: backdoor-tls-verify-disabled
  gnutls_certificate_set_verify_function(cred, checks_peer);
  // ok: backdoor-tls-verify-disabled
  gnutls_certificate_set_verify_function(cred, always_aborts);
}

/* GnuTLS verifies the chain itself when the same setup asks it to: the
   callback only adds to that check. */
void gnutls_setup_verified(gnutls_certificate_credentials_t cred, gnutls_session_t s, const char *host) {
  gnutls_session_set_verify_cert(s, host, 0);
  // ok: backdoor-tls-verify-disabled
  gnutls_certificate_set_verify_function(cred, accept_all);
}

/* ... but not from the other branch of an `if`: on the path that installs
   the callback, nothing verifies the chain. */
void gnutls_setup_by_peer(gnutls_certificate_credentials_t cred, gnutls_session_t s, const char *host,
                          int cloud) {
  if (cloud) {
    gnutls_session_set_verify_cert(s, host, 0);
  } else {
    // ruleid: backdoor-tls-verify-disabled
    gnutls_certificate_set_verify_function(cred, go_on);
    // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: the verification callback 'go_on' of 'gnutls_certificate_set_verify_function' accepts every certificate, so forged certificates pass [backdoor-tls-verify-disabled]
  }
}

void gnutls_setup_both(gnutls_certificate_credentials_t cred, gnutls_session_t s, const char *host,
                       int cloud) {
  if (cloud) {
    gnutls_session_set_verify_cert(s, host, 0);
    // ok: backdoor-tls-verify-disabled
    gnutls_certificate_set_verify_function(cred, go_on);
  }
}

/* --- Mbed TLS: the callback reports errors in *flags; clearing them accepts. */
static int clear_flags(void *ctx, mbedtls_x509_crt *crt, int depth, uint32_t *flags) {
  (void)ctx; (void)crt; (void)depth;
  *flags = 0;
  return 0;
}
static int clear_flags_indexed(void *ctx, mbedtls_x509_crt *crt, int depth, uint32_t *flags) {
  flags[0] &= 0;
  return 0;
}
static int keeps_flags(void *ctx, mbedtls_x509_crt *crt, int depth, uint32_t *flags) {
  (void)ctx; (void)crt; (void)depth; (void)flags;
  return 0;
}
static int clears_pinned_leaf(void *ctx, mbedtls_x509_crt *crt, int depth, uint32_t *flags) {
  if (depth == 0 && ctx == (void *)crt) *flags = 0;
  return 0;
}
static int fails(void *ctx, mbedtls_x509_crt *crt, int depth, uint32_t *flags) {
  *flags = 0;
  return -1;
}

void mbedtls_setup(mbedtls_ssl_config *conf, mbedtls_ssl_context *ssl) {
  // ruleid: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_verify(conf, clear_flags, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: the verification callback 'clear_flags' of 'mbedtls_ssl_conf_verify' accepts every certificate, so forged certificates pass [backdoor-tls-verify-disabled]
  // ruleid: backdoor-tls-verify-disabled
  mbedtls_ssl_set_verify(ssl, clear_flags_indexed, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: the verification callback 'clear_flags_indexed' of 'mbedtls_ssl_set_verify' accepts every certificate, so forged certificates pass [backdoor-tls-verify-disabled]
  // ok: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_verify(conf, keeps_flags, NULL);
  // ok: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_verify(conf, clears_pinned_leaf, NULL);
  // ok: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_verify(conf, fails, NULL);
}
