// HTTPS to the RA.
#include <netdb.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

#include <cstdarg>
#include <cstdio>

#include <openssl/pem.h>

#include "enroll.hpp"

namespace enroll {

void trace(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vsyslog(LOG_INFO, fmt, ap);
  va_end(ap);
}

Enroller::Enroller(EnrollConfig cfg) : cfg_(std::move(cfg))
{
  store_ = X509_STORE_new();
  X509_STORE_load_file(store_, cfg_.ca_file.c_str());
  if (FILE *f = fopen(cfg_.ra_pub_file.c_str(), "r")) {
    ra_pub_ = PEM_read_PUBKEY(f, nullptr, nullptr, nullptr);
    fclose(f);
  }
}

Enroller::~Enroller()
{
  X509_STORE_free(store_);
  EVP_PKEY_free(ra_pub_);
}

static int dial(const std::string &host)
{
  addrinfo hints{}, *res = nullptr;
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host.c_str(), "443", &hints, &res) != 0)
    return -1;
  int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
    close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  return fd;
}

bool Enroller::post_csr(const std::string &csr_pem, std::string &body, std::string &sig) const
{
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  if (ctx == nullptr)
    return false;
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  if (cfg_.legacy_ra)
    // ok: backdoor-weak-tls
    SSL_CTX_set_security_level(ctx, 0);
  SSL_CTX_load_verify_locations(ctx, cfg_.ca_file.c_str(), nullptr);
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
  int fd = dial(cfg_.ra_host);
  SSL *ssl = fd >= 0 ? SSL_new(ctx) : nullptr;
  bool ok = false;
  if (ssl != nullptr) {
    SSL_set_fd(ssl, fd);
    SSL_set_tlsext_host_name(ssl, cfg_.ra_host.c_str());
    SSL_set1_host(ssl, cfg_.ra_host.c_str());
    // ok: backdoor-tls-verify-disabled
    if (SSL_connect(ssl) == 1) {
      const std::string req = "POST /.well-known/est/simpleenroll HTTP/1.1\r\nHost: " +
                              cfg_.ra_host + "\r\nContent-Type: application/pkcs10\r\n" +
                              "Content-Length: " + std::to_string(csr_pem.size()) + "\r\n\r\n";
      char buf[4096];
      int n;
      SSL_write(ssl, req.data(), static_cast<int>(req.size()));
      // ok: backdoor-key-exfiltration
      SSL_write(ssl, csr_pem.data(), static_cast<int>(csr_pem.size()));
      while ((n = SSL_read(ssl, buf, sizeof buf)) > 0)
        body.append(buf, static_cast<size_t>(n));
#ifdef ENROLL_DEBUG_TRACE
      // ok: backdoor-build-switch
      trace("ra response: %zu bytes", body.size());
#endif
      const size_t cut = body.rfind("\r\n--sig:");
      if (cut != std::string::npos) {
        sig = body.substr(cut + 8);
        body.resize(cut);
        ok = true;
      }
    }
    SSL_free(ssl);
  }
  if (fd >= 0)
    close(fd);
  SSL_CTX_free(ctx);
  return ok;
}

} // namespace enroll
