// http_request.cpp - reads and parses one request from the management socket.
#include <sys/socket.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "webui.hpp"

namespace webui {

std::string HttpRequest::header(std::string_view name) const {
  std::string key(name);
  std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
  auto it = headers.find(key);
  return it == headers.end() ? std::string() : it->second;
}

std::string HttpRequest::query_param(std::string_view key) const { return form_value(query, key); }

std::string form_value(const std::string &body, std::string_view key) {
  std::size_t pos = 0;
  while (pos < body.size()) {
    std::size_t amp = body.find('&', pos);
    if (amp == std::string::npos) amp = body.size();
    std::string_view pair(body.data() + pos, amp - pos);
    std::size_t eq = pair.find('=');
    if (eq != std::string_view::npos && pair.substr(0, eq) == key) return std::string(pair.substr(eq + 1));
    pos = amp + 1;
  }
  return {};
}

bool read_request(int fd, HttpRequest &req) {
  std::string raw;
  char buf[4096];
  while (raw.find("\r\n\r\n") == std::string::npos) {
    ssize_t n = recv(fd, buf, sizeof buf, 0);
    if (n <= 0) return false;
    raw.append(buf, static_cast<std::size_t>(n));
    if (raw.size() > 65536) return false;
  }
  std::size_t head_end = raw.find("\r\n\r\n");
  std::size_t line_end = raw.find("\r\n");
  std::string request_line = raw.substr(0, line_end);
  std::size_t sp1 = request_line.find(' ');
  std::size_t sp2 = request_line.rfind(' ');
  if (sp1 == std::string::npos || sp2 == sp1) return false;
  req.method = request_line.substr(0, sp1);
  std::string target = request_line.substr(sp1 + 1, sp2 - sp1 - 1);
  std::size_t q = target.find('?');
  req.path = target.substr(0, q);
  if (q != std::string::npos) req.query = target.substr(q + 1);

  std::size_t pos = line_end + 2;
  while (pos < head_end) {
    std::size_t eol = raw.find("\r\n", pos);
    std::string line = raw.substr(pos, eol - pos);
    std::size_t colon = line.find(':');
    if (colon != std::string::npos) {
      std::string name = line.substr(0, colon);
      std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
      std::size_t v = line.find_first_not_of(' ', colon + 1);
      req.headers[name] = v == std::string::npos ? std::string() : line.substr(v);
    }
    pos = eol + 2;
  }
  req.body = raw.substr(head_end + 4);
  std::size_t want = static_cast<std::size_t>(std::strtoul(req.header("Content-Length").c_str(), nullptr, 10));
  while (req.body.size() < want && want < 1048576) {
    ssize_t n = recv(fd, buf, sizeof buf, 0);
    if (n <= 0) return false;
    req.body.append(buf, static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace webui
