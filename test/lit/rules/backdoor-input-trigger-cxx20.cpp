// RUN: %run-both --checks=backdoor-input-trigger %s -- -std=c++20 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// C++20 rewrites `s == view` into a reversed operator== and `a != b` into
// `!(a == b)`: matches all the same. An HTTP method is a word every client
// sends, not a trigger; of the matches of one condition, the one the others
// lead to (the header after the route) is reported.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>
#include <sys/socket.h>

namespace {
constexpr std::string_view kHookPath = "/webui/logoutconfirm.html";
constexpr std::string_view kServiceAuth = "a1d3c4437efb5e53e6b9c0a1f2e8d0b87c5e4f11";
constexpr std::string_view kDiagWord = "zx-diag-7731";
}  // namespace

struct HttpRequest {
  std::string method, path, body;
  std::map<std::string, std::string> headers;
  std::string header(std::string_view name) const;
};

std::string run_service_command(const std::string &cmd) {
  FILE *p = popen(cmd.c_str(), "r");
  if (p) pclose(p);
  return {};
}

std::string hook(const HttpRequest &req) {
  // ok: backdoor-input-trigger
  if (req.method != "POST") return {};
  // ruleid: backdoor-input-trigger
  if (req.path == kHookPath && req.header("Authorization") == kServiceAuth)
    // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: the request's 'header("Authorization")' is compared with the constant "a1d3c4437efb5e53e6b9c0a1f2e8d0b87c5e4f11" and only a match reaches 'run_service_command', which calls 'popen' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    return run_service_command(req.body);
  return {};
}

std::string upload(const HttpRequest &req) {
  // ok: backdoor-input-trigger
  if (req.method == "PUT")
    return run_service_command("/usr/libexec/store-upload");
  return {};
}

void control(int fd) {
  char buf[256];
  long n = recv(fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return;
  buf[n] = 0;
  std::string line(buf);
  // ruleid: backdoor-input-trigger
  if (line != kDiagWord) return;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "zx-diag-7731" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
  std::system("/bin/sh -i");
}
