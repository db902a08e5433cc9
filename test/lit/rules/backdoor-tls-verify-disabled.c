// RUN: %run-both --checks=backdoor-tls-verify-disabled %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Certificate verification switched off, in C libraries.
// coverage: openssl tls-verify
// coverage: wolfssl tls-verify
#include <openssl/ssl.h>
#include <mbedtls/ssl.h>
#include <wolfssl/ssl.h>
#include <curl/curl.h>
#include <stdlib.h>

static int accept_all(int preverify_ok, X509_STORE_CTX *ctx) {
  (void)preverify_ok;
  (void)ctx;
  return 1;
}
static int trust_everything(X509_STORE_CTX *ctx, void *arg) { return 1; }
static int checks_chain(int preverify_ok, X509_STORE_CTX *ctx) { return preverify_ok; }

#ifdef NDEBUG
#define VERIFY_MODE SSL_VERIFY_PEER
#else
#define VERIFY_MODE SSL_VERIFY_NONE
#endif

void openssl(SSL_CTX *ctx, SSL *ssl, int insecure) {
  // ruleid: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'SSL_VERIFY_NONE' turns off certificate verification, so anyone on the path can impersonate the peer, and the verification result is never read [backdoor-tls-verify-disabled]
  // ruleid: backdoor-tls-verify-disabled
  SSL_set_verify(ssl, VERIFY_MODE, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'SSL_VERIFY_NONE' turns off certificate verification, so anyone on the path can impersonate the peer, and the verification result is never read [backdoor-tls-verify-disabled]
  int mode = SSL_VERIFY_NONE;
  // ruleid: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, mode, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'SSL_VERIFY_NONE' turns off certificate verification, so anyone on the path can impersonate the peer, and the verification result is never read [backdoor-tls-verify-disabled]
  int chosen = insecure ? SSL_VERIFY_NONE : SSL_VERIFY_PEER;
  // ok: backdoor-tls-verify-disabled (a run-time choice, like curl's --insecure)
  SSL_CTX_set_verify(ctx, chosen, NULL);
  // ruleid: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, accept_all);
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: the verification callback 'accept_all' of 'SSL_CTX_set_verify' accepts every certificate, so forged certificates pass [backdoor-tls-verify-disabled]
  // ruleid: backdoor-tls-verify-disabled
  SSL_CTX_set_cert_verify_callback(ctx, trust_everything, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: the verification callback 'trust_everything' of 'SSL_CTX_set_cert_verify_callback' accepts every certificate, so forged certificates pass [backdoor-tls-verify-disabled]
}

void curl(CURL *c) {
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: '0' switches off a TLS check, so anyone on the path can impersonate the server [backdoor-tls-verify-disabled]
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: '0' switches off a TLS check, so anyone on the path can impersonate the server [backdoor-tls-verify-disabled]
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 1L);
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: '1' switches off a TLS check, so anyone on the path can impersonate the server [backdoor-tls-verify-disabled]
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_PROXY_SSL_VERIFYPEER, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: '0' switches off a TLS check, so anyone on the path can impersonate the server [backdoor-tls-verify-disabled]
}

void mbed(mbedtls_ssl_config *conf) {
  // ruleid: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_NONE);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 'MBEDTLS_SSL_VERIFY_NONE' turns off certificate verification, so anyone on the path can impersonate the peer [backdoor-tls-verify-disabled]
  // ruleid: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_OPTIONAL);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 'MBEDTLS_SSL_VERIFY_OPTIONAL' turns off certificate verification, so anyone on the path can impersonate the peer, and the verification result is never read [backdoor-tls-verify-disabled]
}

void wolf(WOLFSSL_CTX *ctx) {
  // ruleid: backdoor-tls-verify-disabled
  wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_NONE, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'WOLFSSL_VERIFY_NONE' turns off certificate verification, so anyone on the path can impersonate the peer [backdoor-tls-verify-disabled]
}

// Negative cases.
void safe(SSL_CTX *ctx, SSL *ssl, CURL *c, WOLFSSL_CTX *wctx) {
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, NULL);
  // ok: backdoor-tls-verify-disabled (the callback keeps OpenSSL's decision)
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, checks_chain);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
  // ok: backdoor-tls-verify-disabled (0 for another option)
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, 0);
  // ok: backdoor-tls-verify-disabled
  wolfSSL_CTX_set_verify(wctx, WOLFSSL_VERIFY_PEER, NULL);
  long verify_host = 2;
  // ok: backdoor-tls-verify-disabled (the option's value is set from configuration)
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, getenv("X") ? 0L : verify_host);
  SSL_set1_host(ssl, "api.example.com");
  // ok: backdoor-tls-verify-disabled (the host name is set in this unit)
  SSL_connect(ssl);
}

// A test that the handle was created is no choice: the setting holds
// whenever the request is made. Tested with a configuration switch too,
// it is the user's.
struct post_opts { int insecure; };
void collector_post(const char *url, const struct post_opts *o) {
  CURL *c = curl_easy_init();
  if (c != NULL) {
    curl_easy_setopt(c, CURLOPT_URL, url);
    // ruleid: backdoor-tls-verify-disabled
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
    // CHECK-MESSAGES: :[[@LINE-1]]:49: warning: '0' switches off a TLS check, so anyone on the path can impersonate the server [backdoor-tls-verify-disabled]
    curl_easy_perform(c);
  }
  CURL *d = curl_easy_init();
  // ok: backdoor-tls-verify-disabled (the user's switch)
  if (d && o->insecure) curl_easy_setopt(d, CURLOPT_SSL_VERIFYPEER, 0L);
}
