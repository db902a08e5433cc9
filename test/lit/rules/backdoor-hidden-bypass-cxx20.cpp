// RUN: %run-both --checks=backdoor-hidden-bypass,backdoor-trusted-identity %s -- -std=c++20 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// C++20 rewrites `header == kView` as a reversed operator== call (and `a !=
// b` as `!(a == b)`); the comparisons read the same as C++17's. A request's
// peer certificate subject (`peer_subject`, a request field) is the peer's
// identity.
#include <functional>
#include <map>
#include <string>
#include <string_view>

struct Request {
  std::map<std::string, std::string> headers;
  std::string peer_subject;
  std::string header(const std::string &name) const;
};
using SessionCheck = std::function<bool(const std::string &)>;

namespace {
constexpr std::string_view kDrillToken = "dr-drill-7f3a9c21e5b04d6e";
constexpr std::string_view kRequired = "strict";
}

bool authorize(const Request &req, const SessionCheck &verify_session) {
  // ruleid: backdoor-hidden-bypass
  if (req.header("X-Drill") == kDrillToken) return true;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: verification is skipped when 'header' equals a magic value; anyone who knows the switch bypasses the check [backdoor-hidden-bypass]
  // ok: backdoor-hidden-bypass (a refusal)
  if (req.header("X-Mode") != kRequired) return false;
  // ruleid: backdoor-trusted-identity
  if (req.peer_subject == "CN=dr-bootstrap,O=Example") return true;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: {{.*}}'peer_subject'{{.*}} [backdoor-trusted-identity]
  return verify_session(req.header("Authorization"));
}
