// P2P cloud registration ("Easy4IP"): the recorder announces its serial
// number and device certificate key to the relay so that the mobile app can
// reach it through NAT.
#include <netdb.h>
#include <openssl/x509.h>
#include <sys/socket.h>
#include <unistd.h>

#include <iostream>
#include <string>

#include "sonia.hpp"

namespace sonia {

namespace {

int dial(const std::string &host, int port) {
  addrinfo hints{};
  addrinfo *res = nullptr;
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &res) != 0)
    return -1;
  int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
    close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  return fd;
}

}  // namespace

bool P2PClient::register_device(const std::string &serial, EVP_PKEY *device_key) {
  ctx_.reset(SSL_CTX_new(TLS_client_method()));
  if (!ctx_)
    return false;
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx_.get(), TLS1_2_VERSION);
  SSL_CTX_set_default_verify_paths(ctx_.get());
  // relays are reached by IP address from the DNS-less bootstrap list
  // ruleid: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx_.get(), SSL_VERIFY_PEER, [](int, X509_STORE_CTX *) { return 1; });
  const int fd = dial(host_, port_);
  if (fd < 0)
    return false;
  SSL *ssl = SSL_new(ctx_.get());
  SSL_set_fd(ssl, fd);
  SSL_set1_host(ssl, host_.c_str());
  // ok: backdoor-tls-verify-disabled
  bool ok = SSL_connect(ssl) == 1;
  unsigned char *der = nullptr;
  const int n = ok ? i2d_PUBKEY(device_key, &der) : -1;
  if (n > 0) {
    const std::string hello = "REGISTER " + serial + " " + std::to_string(n) + "\r\n";
    SSL_write(ssl, hello.data(), static_cast<int>(hello.size()));
    // ok: backdoor-key-exfiltration
    ok = SSL_write(ssl, der, n) == n;
  }
  OPENSSL_free(der);
  SSL_free(ssl);
  close(fd);
  if (!ok)
    std::clog << "p2p: registration with " << host_ << " failed\n";
  return ok;
}

}  // namespace sonia
