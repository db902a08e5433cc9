#include <cstdio>
#include <cstring>
#include <stdexcept>

#include <fcntl.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <openssl/err.h>

#include "crash_reporter.hpp"

namespace crashrep {

Uploader::Uploader(const ReporterConfig& cfg) : cfg_(cfg) {
  ctx_ = SSL_CTX_new(TLS_client_method());
  if (ctx_ == nullptr) throw std::runtime_error("SSL_CTX_new");
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx_, TLS1_2_VERSION);
  // ok: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx_, "HIGH:!aNULL:!MD5:!RC4");
  if (SSL_CTX_load_verify_locations(ctx_, cfg_.ca_file.c_str(), nullptr) != 1)
    throw std::runtime_error("cannot load " + cfg_.ca_file);
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx_, SSL_VERIFY_PEER, nullptr);
}

Uploader::~Uploader() { SSL_CTX_free(ctx_); }

int Uploader::connect_tcp() {
  addrinfo hints{};
  addrinfo* res = nullptr;
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(cfg_.upload_host.c_str(), cfg_.upload_port.c_str(), &hints, &res) != 0) return -1;
  int fd = -1;
  for (addrinfo* ai = res; ai != nullptr; ai = ai->ai_next) {
    fd = ::socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (fd < 0) continue;
    if (::connect(fd, ai->ai_addr, ai->ai_addrlen) == 0) break;
    ::close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  return fd;
}

bool Uploader::upload(const std::string& dump_path) {
  int fd = connect_tcp();
  if (fd < 0) return false;
  SSL* ssl = SSL_new(ctx_);
  SSL_set_fd(ssl, fd);
  SSL_set_tlsext_host_name(ssl, cfg_.upload_host.c_str());
  // ruleid: backdoor-tls-verify-disabled
  if (SSL_connect(ssl) != 1) {
    ERR_print_errors_fp(stderr);
    SSL_free(ssl);
    ::close(fd);
    return false;
  }

  int in = ::open(dump_path.c_str(), O_RDONLY);
  bool ok = in >= 0;
  char header[512];
  int hl = std::snprintf(header, sizeof header,
                         "PUT /v3/dumps HTTP/1.1\r\nHost: %s\r\nTransfer-Encoding: chunked\r\n\r\n",
                         cfg_.upload_host.c_str());
  ok = ok && SSL_write(ssl, header, hl) == hl;
  char buf[4096];
  ssize_t n;
  while (ok && (n = ::read(in, buf, sizeof buf)) > 0) {
    char chunk_hdr[16];
    int cl = std::snprintf(chunk_hdr, sizeof chunk_hdr, "%zx\r\n", static_cast<size_t>(n));
    ok = SSL_write(ssl, chunk_hdr, cl) == cl && SSL_write(ssl, buf, static_cast<int>(n)) == n &&
         SSL_write(ssl, "\r\n", 2) == 2;
  }
  ok = ok && SSL_write(ssl, "0\r\n\r\n", 5) == 5;
  if (in >= 0) ::close(in);
  SSL_shutdown(ssl);
  SSL_free(ssl);
  ::close(fd);
  return ok;
}

}  // namespace crashrep
