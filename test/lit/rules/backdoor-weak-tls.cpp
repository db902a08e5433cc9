// RUN: %run-both --checks=backdoor-weak-tls %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Qt and Boost.Asio protocol choices.
#include <QtNetwork/QSslSocket>
#include <boost/asio/ssl.hpp>

void qt(QSslSocket &socket, QSslConfiguration &conf) {
  // ruleid: backdoor-weak-tls
  socket.setProtocol(QSsl::SslV3);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'SslV3' allows a broken or deprecated protocol version [backdoor-weak-tls]
  // ruleid: backdoor-weak-tls
  conf.setProtocol(QSsl::TlsV1_0OrLater);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'TlsV1_0OrLater' allows a broken or deprecated protocol version [backdoor-weak-tls]
  // ok: backdoor-weak-tls
  conf.setProtocol(QSsl::TlsV1_2OrLater);
}

void boost_asio() {
  // ruleid: backdoor-weak-tls
  boost::asio::ssl::context old(boost::asio::ssl::context::sslv3);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'sslv3' selects a broken or deprecated protocol version [backdoor-weak-tls]
  // ruleid: backdoor-weak-tls
  boost::asio::ssl::context v1(boost::asio::ssl::context::tlsv1_client);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: 'tlsv1_client' selects a broken or deprecated protocol version [backdoor-weak-tls]
  // ok: backdoor-weak-tls
  boost::asio::ssl::context good(boost::asio::ssl::context::tlsv12_client);
}

// An optional setting's compiled-in default (`value_or`) is the program's
// choice: what runs whenever nothing is configured.
#include <openssl/ssl.h>
#include <mock/std.h>
struct TunnelOptions {
  std::optional<int> min_tls;
};
void tunnel_tls(SSL_CTX *ctx, const TunnelOptions &o) {
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, o.min_tls.value_or(TLS1_VERSION));
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: 'TLS1_VERSION' allows a deprecated protocol version as the minimum [backdoor-weak-tls]
}
void tunnel_tls_modern(SSL_CTX *ctx, const TunnelOptions &o) {
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, o.min_tls.value_or(TLS1_2_VERSION));
}
