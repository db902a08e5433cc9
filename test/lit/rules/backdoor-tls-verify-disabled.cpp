// RUN: %run-both --checks=backdoor-tls-verify-disabled %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Qt and Boost.Asio, and a client that verifies the chain but never the host name.
#include <QtNetwork/QSslSocket>
#include <boost/asio/ssl.hpp>
#include <openssl/ssl.h>

void qt(QSslSocket &socket, QSslConfiguration &conf, const QList<QSslError> &expected) {
  // ruleid: backdoor-tls-verify-disabled
  socket.setPeerVerifyMode(QSslSocket::VerifyNone);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'VerifyNone' turns off certificate verification, so anyone on the path can impersonate the peer [backdoor-tls-verify-disabled]
  // ruleid: backdoor-tls-verify-disabled
  conf.setPeerVerifyMode(QSslSocket::QueryPeer);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'QueryPeer' turns off certificate verification, so anyone on the path can impersonate the peer [backdoor-tls-verify-disabled]
  // ruleid: backdoor-tls-verify-disabled
  socket.ignoreSslErrors();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'QSslSocket::ignoreSslErrors' with no list of expected errors ignores every certificate error, so forged certificates pass [backdoor-tls-verify-disabled]
  // ok: backdoor-tls-verify-disabled (only the errors the caller expects)
  socket.ignoreSslErrors(expected);
  // ok: backdoor-tls-verify-disabled
  socket.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

void boost_asio(boost::asio::ssl::context &ctx) {
  // ruleid: backdoor-tls-verify-disabled
  ctx.set_verify_mode(boost::asio::ssl::verify_none);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: '0' turns off certificate verification, so anyone on the path can impersonate the peer [backdoor-tls-verify-disabled]
  // ruleid: backdoor-tls-verify-disabled
  ctx.set_verify_callback([](bool preverified, boost::asio::ssl::verify_context &) { return true; });
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: the verification callback 'lambda' of 'context::set_verify_callback' accepts every certificate, so forged certificates pass [backdoor-tls-verify-disabled]
  // ok: backdoor-tls-verify-disabled
  ctx.set_verify_mode(boost::asio::ssl::verify_peer);
}

int client(SSL_CTX *ctx, SSL *ssl) {
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
  // ruleid: backdoor-tls-verify-disabled
  return SSL_connect(ssl);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'SSL_connect' verifies the peer's certificate chain but its host name is never checked, so any valid certificate for another site is accepted [backdoor-tls-verify-disabled]
}


// A lambda converted to the C callback's function pointer in place.
void lambda_callback(SSL_CTX *ctx) {
  // ruleid: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, [](int, X509_STORE_CTX *) { return 1; });
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: the verification callback 'lambda' of 'SSL_CTX_set_verify' accepts every certificate, so forged certificates pass [backdoor-tls-verify-disabled]
}

void lambda_callback_checks(SSL_CTX *ctx) {
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, [](int ok, X509_STORE_CTX *) { return ok; });
}
