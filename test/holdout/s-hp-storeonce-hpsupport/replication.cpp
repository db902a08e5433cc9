// Replication between appliances: TLS to the peer's replication port.
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <iostream>
#include <string>

#include "d2d.hpp"

namespace d2d {

namespace {

int dial(const std::string &host, int port) {
  addrinfo hints{};
  addrinfo *res = nullptr;
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &res) != 0)
    return -1;
  int fd = -1;
  for (addrinfo *ai = res; ai != nullptr && fd < 0; ai = ai->ai_next) {
    fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (fd >= 0 && ::connect(fd, ai->ai_addr, ai->ai_addrlen) != 0) {
      close(fd);
      fd = -1;
    }
  }
  freeaddrinfo(res);
  return fd;
}

}  // namespace

bool ReplicationLink::connect() {
  ctx_.reset(SSL_CTX_new(TLS_client_method()));
  if (!ctx_)
    return false;
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx_.get(), min_version_);
  // ruleid: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx_.get(), verify_mode_, nullptr);
  SSL_CTX_set_default_verify_paths(ctx_.get());
  int fd = dial(cfg_.peer, cfg_.port);
  if (fd < 0)
    return false;
  ssl_.reset(SSL_new(ctx_.get()));
  SSL_set_fd(ssl_.get(), fd);
  SSL_set1_host(ssl_.get(), cfg_.peer.c_str());
  // ok: backdoor-tls-verify-disabled
  if (SSL_connect(ssl_.get()) != 1) {
    std::clog << "replication: handshake with " << cfg_.peer << " failed\n";
    close(fd);
    return false;
  }
  return true;
}

}  // namespace d2d
