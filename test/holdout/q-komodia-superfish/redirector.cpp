// redirector.cpp - accept browser connections, terminate TLS with a forged
// leaf, relay to the real server and run the content filters on the way back.
#include "komodia.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

namespace komodia {
namespace {

int dial(const std::string &host, const char *port)
{
  addrinfo hints{}, *res = nullptr;
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host.c_str(), port, &hints, &res) != 0) {
    return -1;
  }
  int fd = -1;
  for (addrinfo *ai = res; ai != nullptr; ai = ai->ai_next) {
    fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (fd >= 0 && ::connect(fd, ai->ai_addr, ai->ai_addrlen) == 0) {
      break;
    }
    if (fd >= 0) {
      close(fd);
      fd = -1;
    }
  }
  freeaddrinfo(res);
  return fd;
}

std::string header_value(const std::string &head, const char *name)
{
  std::string key = std::string("\r\n") + name + ": ";
  auto pos = head.find(key);
  if (pos == std::string::npos) {
    return {};
  }
  pos += key.size();
  return head.substr(pos, head.find("\r\n", pos) - pos);
}

} // namespace

Redirector::Redirector(CertForge &forge, UpstreamConnector &upstream) : forge_(forge), upstream_(upstream)
{
  downstream_ctx_ = SSL_CTX_new(TLS_server_method());
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(downstream_ctx_, TLS1_2_VERSION);
  // the browser side presents no client certificate
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(downstream_ctx_, SSL_VERIFY_NONE, nullptr);
}

Redirector::~Redirector()
{
  SSL_CTX_free(downstream_ctx_);
}

void Redirector::session(int client_fd)
{
  char buf[16384];
  ssize_t n = recv(client_fd, buf, sizeof buf - 1, 0);
  if (n <= 0) {
    return;
  }
  buf[n] = '\0';
  // explicit proxy: "CONNECT host:443 HTTP/1.1"
  char host_port[512];
  if (std::sscanf(buf, "CONNECT %511s", host_port) != 1) {
    return;
  }
  std::string host(host_port);
  host = host.substr(0, host.find(':'));
  send(client_fd, "HTTP/1.1 200 Connection established\r\n\r\n", 39, 0);

  int server_fd = dial(host, "443");
  if (server_fd < 0) {
    return;
  }
  UpstreamResult up = upstream_.connect(server_fd, host);
  if (up.ssl == nullptr || up.peer == nullptr) {
    close(server_fd);
    return;
  }
  ForgedIdentity id = forge_.forge(up.peer, up.chain_ok);
  SSL *down = SSL_new(downstream_ctx_);
  SSL_use_certificate(down, id.cert);
  SSL_use_PrivateKey(down, id.key);
  SSL_set_fd(down, client_fd);
  if (log_) {
    log_("digest " + host + (up.chain_ok ? "" : " (upstream chain failed)"));
  }
  if (SSL_accept(down) == 1) {
    int r = SSL_read(down, buf, sizeof buf);
    if (r > 0 && SSL_write(up.ssl, buf, r) == r) {
      std::string response;
      while ((r = SSL_read(up.ssl, buf, sizeof buf)) > 0) {
        response.append(buf, static_cast<size_t>(r));
      }
      auto split = response.find("\r\n\r\n");
      if (split != std::string::npos) {
        std::string head = response.substr(0, split + 2);
        std::string body = response.substr(split + 4);
        const std::string ctype = header_value(head, "Content-Type");
        for (auto &f : filters_) {
          if (f->wants(host, ctype)) {
            f->on_body(host, body);
          }
        }
        response = head + "\r\n" + body;
      }
      SSL_write(down, response.data(), static_cast<int>(response.size()));
    }
  }
  SSL_free(down);
  SSL_free(up.ssl);
  X509_free(up.peer);
  close(server_fd);
}

void Redirector::serve(uint16_t port)
{
  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_port = htons(port);
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (lfd < 0 || bind(lfd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0 || listen(lfd, 16) != 0) {
    return;
  }
  for (;;) {
    int fd = accept(lfd, nullptr, nullptr);
    if (fd < 0) {
      continue;
    }
    session(fd);
    close(fd);
  }
}

} // namespace komodia
