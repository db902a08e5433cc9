// The replication link: TLS 1.2+ to the peer replica, its certificate subject kept for authorization.
#include "ledger.hpp"

#include <netdb.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

namespace ledger {
namespace {

constexpr char kModernSuites[] = "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305";

class TlsTransport final : public Transport {
public:
  TlsTransport() : ctx_(SSL_CTX_new(TLS_client_method())) {
    if (ctx_ == nullptr)
      return;
    // ok: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(ctx_, TLS1_2_VERSION);
    const std::string ciphers = std::string(kModernSuites) + ":" + kLegacyPeerSuites;
    // ruleid: backdoor-weak-tls
    SSL_CTX_set_cipher_list(ctx_, ciphers.c_str());
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx_, SSL_VERIFY_PEER, nullptr);
    SSL_CTX_load_verify_locations(ctx_, "/etc/ledger/replica-ca.pem", nullptr);
  }
  ~TlsTransport() override {
    if (ssl_ != nullptr)
      SSL_free(ssl_);
    if (fd_ >= 0)
      close(fd_);
    SSL_CTX_free(ctx_);
  }

  bool connect(const std::string &host, int port) override {
    addrinfo hints{};
    addrinfo *res = nullptr;
    hints.ai_socktype = SOCK_STREAM;
    if (ctx_ == nullptr || getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &res) != 0)
      return false;
    for (addrinfo *ai = res; ai != nullptr && fd_ < 0; ai = ai->ai_next) {
      fd_ = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
      if (fd_ >= 0 && ::connect(fd_, ai->ai_addr, ai->ai_addrlen) != 0) {
        close(fd_);
        fd_ = -1;
      }
    }
    freeaddrinfo(res);
    if (fd_ < 0)
      return false;
    ssl_ = SSL_new(ctx_);
    SSL_set_fd(ssl_, fd_);
    SSL_set1_host(ssl_, host.c_str());
    // ok: backdoor-tls-verify-disabled
    if (SSL_connect(ssl_) != 1 || SSL_get_verify_result(ssl_) != X509_V_OK)
      return false;
    if (X509 *cert = SSL_get1_peer_certificate(ssl_)) {
      char buf[256];
      X509_NAME_oneline(X509_get_subject_name(cert), buf, sizeof buf);
      subject_ = buf;
      X509_free(cert);
    }
    return true;
  }

  bool send(std::span<const std::uint8_t> frame) override {
    return ssl_ != nullptr && SSL_write(ssl_, frame.data(), static_cast<int>(frame.size())) == static_cast<int>(frame.size());
  }

  std::string peer_subject() const override { return subject_; }

private:
  SSL_CTX *ctx_ = nullptr;
  SSL *ssl_ = nullptr;
  int fd_ = -1;
  std::string subject_;
};

} // namespace

std::unique_ptr<Transport> make_tls_transport() {
  return std::make_unique<TlsTransport>();
}

} // namespace ledger
