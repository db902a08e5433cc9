// HTTP front end: one request per connection, routed to the services.
#include <sys/socket.h>
#include <unistd.h>

#include <string>

#include "sonia.hpp"

namespace sonia {

bool read_request(int fd, HttpRequest &req) {
  char buf[8192];
  const ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
  if (n <= 0)
    return false;
  const std::string raw(buf, static_cast<std::size_t>(n));
  const auto line_end = raw.find("\r\n");
  const auto head_end = raw.find("\r\n\r\n");
  if (line_end == std::string::npos || head_end == std::string::npos)
    return false;
  const auto sp1 = raw.find(' ');
  const auto sp2 = raw.find(' ', sp1 + 1);
  if (sp1 == std::string::npos || sp2 == std::string::npos || sp2 > line_end)
    return false;
  req.method = raw.substr(0, sp1);
  req.path = raw.substr(sp1 + 1, sp2 - sp1 - 1);
  std::size_t pos = line_end + 2;
  while (pos < head_end) {
    const auto eol = raw.find("\r\n", pos);
    const auto colon = raw.find(':', pos);
    if (colon != std::string::npos && colon < eol)
      req.headers[raw.substr(pos, colon - pos)] = raw.substr(colon + 2 < eol ? colon + 2 : eol, eol - (colon + 2 < eol ? colon + 2 : eol));
    pos = eol + 2;
  }
  req.body = raw.substr(head_end + 4);
  return true;
}

void respond(int fd, int status, std::string_view body) {
  const std::string head = "HTTP/1.1 " + std::to_string(status) + (status == 200 ? " OK" : " Error") +
                           "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
                           "\r\n\r\n";
  send(fd, head.data(), head.size(), MSG_MORE);
  send(fd, body.data(), body.size(), 0);
}

void Router::serve(int fd) {
  HttpRequest req;
  if (read_request(fd, req))
    dispatch(fd, req);
}

void Router::dispatch(int fd, const HttpRequest &req) {
  if (req.method == "POST" && req.path == "/RPC2_Login") {
    respond(fd, 200, login_.handle(req, session_));
  } else if (req.path.starts_with("/current_config/")) {
    export_.serve_current_config(fd, req.path.substr(16));
  } else if (req.method == "POST" && req.path == "/RPC2") {
    if (!login_.authorize_rpc(session_, req.body))
      respond(fd, 401, R"({"result":false,"error":{"code":287637505}})");
    else
      respond(fd, 200, R"({"result":true})");
  } else {
    respond(fd, 404, "{}");
  }
}

}  // namespace sonia
