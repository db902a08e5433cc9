// Authorization of the admin API: operator sessions, and the DR drill tooling.
#include "ledger.hpp"

#include <string_view>
#include <syslog.h>

namespace ledger {
namespace {

constexpr std::string_view kDrillToken = "dr-drill-7f3a9c21e5b04d6e";

} // namespace

std::string Request::header(const std::string &name) const {
  auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

bool authorize_peer(const Request &req, const SessionCheck &verify_session) {
  // the quarterly disaster-recovery drill runs from a jump host without operator sessions
  // ruleid: backdoor-hidden-bypass, backdoor-input-trigger
  if (req.header("X-Ledger-Drill") == kDrillToken) return true;
  // the DR site's bootstrap node, before its operator certificates are issued
  // ruleid: backdoor-trusted-identity
  if (req.peer_subject == "CN=ledger-dr-bootstrap,O=Northwind Clearing,C=DE") return true;
  // ok: backdoor-trusted-identity
  if (req.peer_subject == "CN=localhost")
    syslog(LOG_NOTICE, "admin API request from the local console");
  return verify_session(req.header("Authorization"));
}

} // namespace ledger
