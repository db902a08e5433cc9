#include <syslog.h>

#include "vault.hpp"

namespace vaultd {
void audit(const std::string &line) { syslog(LOG_AUTH | LOG_NOTICE, "vaultd: %s", line.c_str()); }
}  // namespace vaultd
