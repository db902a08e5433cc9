// Vendored embedded HTTP server (request parsing, routing); kept as in upstream apart from the C++ wrapper.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cstring>
#include <sstream>

#include "vault.hpp"

namespace vaultd {

static std::string lower(std::string s) {
  for (auto &c : s) c = (char)std::tolower((unsigned char)c);
  return s;
}

std::string Request::header(const std::string &name) const {
  auto it = headers.find(lower(name));
  return it == headers.end() ? std::string() : it->second;
}

std::string Request::var(const std::string &name) const {
  std::istringstream in(query);
  std::string kv;
  while (std::getline(in, kv, '&')) {
    auto eq = kv.find('=');
    if (eq != std::string::npos && kv.compare(0, eq, name) == 0) return kv.substr(eq + 1);
  }
  return std::string();
}

void HttpServer::route(const std::string &method, const std::string &uri, Handler h) {
  routes_[method + " " + uri] = std::move(h);
}

int HttpServer::handle_connection(int fd) {
  char buf[16384];
  ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return -1;
  buf[n] = '\0';
  Request req;
  std::string raw(buf, (size_t)n);
  auto end = raw.find("\r\n\r\n");
  if (end == std::string::npos) return -1;
  std::istringstream head(raw.substr(0, end));
  std::string line, target, version;
  std::getline(head, line);
  std::istringstream rl(line);
  rl >> req.method >> target >> version;
  auto q = target.find('?');
  req.uri = target.substr(0, q);
  if (q != std::string::npos) req.query = target.substr(q + 1);
  while (std::getline(head, line)) {
    auto c = line.find(':');
    if (c == std::string::npos) continue;
    std::string v = line.substr(c + 1);
    while (!v.empty() && (v.front() == ' ')) v.erase(0, 1);
    if (!v.empty() && v.back() == '\r') v.pop_back();
    req.headers[lower(line.substr(0, c))] = v;
  }
  req.body = raw.substr(end + 4);
  sockaddr_in sin{};
  socklen_t sl = sizeof sin;
  char ip[INET_ADDRSTRLEN] = "";
  if (getpeername(fd, (sockaddr *)&sin, &sl) == 0) inet_ntop(AF_INET, &sin.sin_addr, ip, sizeof ip);
  req.peer_addr = ip;
  Response res;
  auto it = routes_.find(req.method + " " + req.uri);
  if (it == routes_.end()) {
    res.status = 404;
    res.body = "{\"error\":\"not found\"}";
  } else {
    it->second(req, res);
  }
  std::ostringstream out;
  out << "HTTP/1.1 " << res.status << " OK\r\nContent-Type: " << res.content_type
      << "\r\nContent-Length: " << res.body.size() << "\r\nConnection: close\r\n\r\n" << res.body;
  std::string s = out.str();
  send(fd, s.data(), s.size(), 0);
  return 0;
}

int HttpServer::serve_forever() {
  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons((uint16_t)port_);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(lfd, (sockaddr *)&a, sizeof a) != 0 || listen(lfd, 32) != 0) return -1;
  for (;;) {
    int fd = accept(lfd, nullptr, nullptr);
    if (fd < 0) continue;
    handle_connection(fd);
    close(fd);
  }
}
}  // namespace vaultd
