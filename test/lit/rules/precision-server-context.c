// RUN: %run-both --checks=backdoor-tls-verify-disabled %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: openssl tls-verify
// coverage: wolfssl tls-verify
// coverage: mbedtls tls-verify
// coverage: gnutls tls-verify
// "Verify none" on a server context means "ask the client for no certificate":
// the normal setup of a TLS server. On a client it turns verification off.
#include <openssl/ssl.h>
#include <mbedtls/ssl.h>
#include <wolfssl/ssl.h>
#include <gnutls/gnutls.h>

// The libraries' declarations that the mock headers leave out.
const SSL_METHOD *SSLv23_server_method(void);
void SSL_set_accept_state(SSL *s);
void SSL_set_connect_state(SSL *s);
WOLFSSL_METHOD *wolfTLSv1_2_server_method(void);
#define MBEDTLS_SSL_IS_CLIENT 0
#define MBEDTLS_SSL_IS_SERVER 1
#define MBEDTLS_SSL_TRANSPORT_STREAM 0
#define MBEDTLS_SSL_PRESET_DEFAULT 0
int mbedtls_ssl_config_defaults(mbedtls_ssl_config *conf, int endpoint, int transport, int preset);
int mbedtls_ssl_setup(mbedtls_ssl_context *ssl, const mbedtls_ssl_config *conf);
#define GNUTLS_SERVER 1
#define GNUTLS_CLIENT (1 << 1)
#define GNUTLS_NONBLOCK (1 << 3)
typedef enum { GNUTLS_CERT_IGNORE = 0, GNUTLS_CERT_REQUEST = 1, GNUTLS_CERT_REQUIRE = 2 } gnutls_certificate_request_t;
int gnutls_init(gnutls_session_t *session, unsigned int flags);
void gnutls_certificate_server_set_request(gnutls_session_t session, gnutls_certificate_request_t req);

struct server { SSL_CTX *ctx; };

// OpenSSL: a context created with a server method.
SSL_CTX *openssl_server(void) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
  // ok: backdoor-tls-verify-disabled (asks no client certificate)
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  return ctx;
}

// The method in a variable, the context in a struct field, the connection
// made from it and accepted.
void openssl_daemon(struct server *srv, int fd) {
  const SSL_METHOD *method = SSLv23_server_method();
  srv->ctx = SSL_CTX_new(method);
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(srv->ctx, SSL_VERIFY_NONE, NULL);
  SSL *ssl = SSL_new(srv->ctx);
  // ok: backdoor-tls-verify-disabled
  SSL_set_verify(ssl, SSL_VERIFY_NONE, NULL);
  SSL_set_fd(ssl, fd);
  SSL_accept(ssl);
}

// A connection put into the accepting state.
void openssl_accepting(SSL *conn) {
  SSL_set_accept_state(conn);
  // ok: backdoor-tls-verify-disabled
  SSL_set_verify(conn, SSL_VERIFY_NONE, NULL);
}

// wolfSSL: wolfSSL_CTX_new(..._server_method()).
void wolf_server(void) {
  WOLFSSL_CTX *ctx = wolfSSL_CTX_new(wolfTLSv1_2_server_method());
  // ok: backdoor-tls-verify-disabled
  wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_NONE, NULL);
}

// Mbed TLS: the server endpoint.
int mbed_server(mbedtls_ssl_config *conf, mbedtls_ssl_context *ssl) {
  mbedtls_ssl_config_defaults(conf, MBEDTLS_SSL_IS_SERVER, MBEDTLS_SSL_TRANSPORT_STREAM,
                              MBEDTLS_SSL_PRESET_DEFAULT);
  // ok: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_NONE);
  mbedtls_ssl_setup(ssl, conf);
  // ok: backdoor-tls-verify-disabled (a server sets no peer host name)
  return mbedtls_ssl_handshake(ssl);
}

// GnuTLS: a server session that requests no client certificate.
int gnutls_server(gnutls_certificate_credentials_t *creds) {
  gnutls_session_t session;
  gnutls_certificate_allocate_credentials(creds);
  gnutls_init(&session, GNUTLS_SERVER | GNUTLS_NONBLOCK);
  gnutls_certificate_server_set_request(session, GNUTLS_CERT_IGNORE);
  // ok: backdoor-tls-verify-disabled (a server has no server certificate to verify)
  return gnutls_handshake(session);
}

// Positive cases: client contexts, and contexts of unknown kind.
SSL_CTX *openssl_client(void) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  // ruleid: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'SSL_VERIFY_NONE' turns off certificate verification, so anyone on the path can impersonate the peer, and the verification result is never read [backdoor-tls-verify-disabled]
  return ctx;
}

void openssl_connecting(SSL *conn) {
  SSL_set_connect_state(conn);
  // ruleid: backdoor-tls-verify-disabled
  SSL_set_verify(conn, SSL_VERIFY_NONE, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'SSL_VERIFY_NONE' turns off certificate verification, so anyone on the path can impersonate the peer, and the verification result is never read [backdoor-tls-verify-disabled]
}

void openssl_unknown(SSL_CTX *ctx) {
  // ruleid: backdoor-tls-verify-disabled (a context this unit says nothing about; the unit has clients too)
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'SSL_VERIFY_NONE' turns off certificate verification, so anyone on the path can impersonate the peer, and the verification result is never read [backdoor-tls-verify-disabled]
}

void wolf_client(void) {
  WOLFSSL_CTX *ctx = wolfSSL_CTX_new(wolfTLSv1_2_client_method());
  // ruleid: backdoor-tls-verify-disabled
  wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_NONE, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'WOLFSSL_VERIFY_NONE' turns off certificate verification, so anyone on the path can impersonate the peer [backdoor-tls-verify-disabled]
}

int mbed_client(mbedtls_ssl_config *conf, mbedtls_ssl_context *ssl) {
  mbedtls_ssl_config_defaults(conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM,
                              MBEDTLS_SSL_PRESET_DEFAULT);
  // ruleid: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_NONE);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 'MBEDTLS_SSL_VERIFY_NONE' turns off certificate verification, so anyone on the path can impersonate the peer [backdoor-tls-verify-disabled]
  mbedtls_ssl_setup(ssl, conf);
  // ok: backdoor-tls-verify-disabled (no chain is verified: the authmode above is the finding)
  return mbedtls_ssl_handshake(ssl);
}

int gnutls_client(gnutls_certificate_credentials_t *creds) {
  gnutls_session_t session;
  gnutls_init(&session, GNUTLS_CLIENT);
  // ruleid: backdoor-tls-verify-disabled
  return gnutls_handshake(session);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'gnutls_handshake' completes a handshake whose peer certificate is never verified [backdoor-tls-verify-disabled]
}
