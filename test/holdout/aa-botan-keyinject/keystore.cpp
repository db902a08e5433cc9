// The server's key store on disk and its housekeeping.
#include <cstdlib>
#include <unistd.h>

#include "kis.hpp"

namespace kis {

void wipe_key_store() {
  ::unlink("/var/lib/kis/tmk.db");
  ::unlink("/var/lib/kis/bdk.db");
}

void rotate_logs() {
  std::system("/usr/sbin/logrotate /etc/logrotate.d/kis");
}

}  // namespace kis
