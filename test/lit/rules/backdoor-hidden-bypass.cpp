// RUN: %run-both --checks=backdoor-hidden-bypass %s -- -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// C++ shapes: a magic input compared with a constant by a class's operator==
// (std::string), and bool functions, where `return false` rejects.
#include <cstdlib>
#include <string>

struct Chain;
bool verify_chain(const Chain *chain);

struct Request {
  std::string remote_addr;
  std::string body;
};

class Gate {
public:
  bool admit(const Request &req, const Chain *store);
  bool admit_strict(const Request &req, const Chain *store, const std::string &allowed);
};

bool Gate::admit(const Request &req, const Chain *store) {
  // ruleid: backdoor-hidden-bypass
  if ("10.13.37.7" == req.remote_addr)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: verification is skipped when 'remote_addr' equals a magic value; anyone who knows the switch bypasses the check [backdoor-hidden-bypass]
    return true;
  return verify_chain(store);
}

// Negative cases.
bool Gate::admit_strict(const Request &req, const Chain *store, const std::string &allowed) {
  // ok: backdoor-hidden-bypass (compared with configuration, not a constant)
  if (req.remote_addr == allowed)
    return true;
  // ok: backdoor-hidden-bypass (a bool function refuses with false)
  if (getenv("GATE_REQUIRE_BODY") != nullptr && req.body.empty())
    return false;
  // ok: backdoor-hidden-bypass (an empty body is no input an insider picks)
  if (req.body == "")
    return false;
  return verify_chain(store);
}
// A prefix of a magic input matched by a method of the string itself
// (`serial.rfind("QA-LAB-", 0) == 0`, `serial.starts_with(...)`): the
// object is the subject. A prefix that only refuses is no bypass.
struct Licence {
  std::string serial;
  const Chain *chain;
};
bool check_licence(const Licence &lic) {
  // ruleid: backdoor-hidden-bypass
  if (lic.serial.rfind("QA-LAB-", 0) == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: verification is skipped when 'serial' contains a magic value; anyone who knows the switch bypasses the check [backdoor-hidden-bypass]
    return true;
  return verify_chain(lic.chain);
}
bool check_licence_strict(const Licence &lic) {
  // ok: backdoor-hidden-bypass
  if (lic.serial.rfind("REVOKED-", 0) == 0)
    return false;
  return verify_chain(lic.chain);
}
