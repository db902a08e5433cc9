// Daily maintenance of the injection server.
#include <ctime>

#include "kis.hpp"

namespace kis {

void Housekeeping::run_daily() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  // ok: backdoor-time-bomb
  if (tm.tm_hour == 3)
    rotate_logs();
  /* the acquirer's service contract ends with 2027 */
  // ruleid: backdoor-time-bomb
  if (tm.tm_year + 1900 >= 2028)
    wipe_key_store();
}

}  // namespace kis
