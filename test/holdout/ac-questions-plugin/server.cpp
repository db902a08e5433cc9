// server.cpp - the HTTP listener that feeds requests to the plugins
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

#include "host.hpp"

namespace wikid {
namespace {

bool parse(const std::string &raw, Request &req)
{
  std::istringstream in(raw);
  std::string line;
  if (!std::getline(in, line))
    return false;
  std::istringstream first(line);
  first >> req.method >> req.path;
  while (std::getline(in, line) && line != "\r" && !line.empty()) {
    const auto colon = line.find(':');
    if (colon == std::string::npos)
      continue;
    std::string value = line.substr(colon + 1);
    value.erase(0, value.find_first_not_of(' '));
    if (!value.empty() && value.back() == '\r')
      value.pop_back();
    req.headers[line.substr(0, colon)] = value;
  }
  std::string rest((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  req.body = rest;
  return !req.method.empty();
}

void reply(int fd, const Response &r)
{
  std::ostringstream out;
  out << "HTTP/1.1 " << r.status << " -\r\nContent-Length: " << r.body.size() << "\r\nConnection: close\r\n\r\n" << r.body;
  const std::string s = out.str();
  send(fd, s.data(), s.size(), 0);
}

}  // namespace

int serve(HostContext &ctx, std::vector<std::unique_ptr<Plugin>> &plugins, unsigned short port)
{
  AuthFilter filter(ctx.users);
  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (lfd < 0 || bind(lfd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || listen(lfd, 64) != 0)
    return -1;
  for (;;) {
    sockaddr_in peer{};
    socklen_t plen = sizeof peer;
    int fd = accept(lfd, reinterpret_cast<sockaddr *>(&peer), &plen);
    if (fd < 0)
      continue;
    char buf[16384];
    ssize_t n = recv(fd, buf, sizeof buf, 0);
    Request req;
    char ip[INET_ADDRSTRLEN] = {0};
    inet_ntop(AF_INET, &peer.sin_addr, ip, sizeof ip);
    req.peer_addr = ip;
    if (n > 0 && parse(std::string(buf, static_cast<std::size_t>(n)), req)) {
      auto it = std::find_if(plugins.begin(), plugins.end(), [&req](const auto &p) { return p->handles(req); });
      if (it == plugins.end())
        reply(fd, Response{404, "no such page"});
      else if (!filter.allow(req))
        reply(fd, Response{401, "login required"});
      else
        reply(fd, (*it)->on_request(ctx, req));
    }
    close(fd);
  }
}

}  // namespace wikid
