// The audit trail of injections: one syslog record per event.
#include <syslog.h>

#include "kis.hpp"

namespace kis {

AuditLog::AuditLog(std::string facility_tag) : tag_(std::move(facility_tag)) {
  openlog(tag_.c_str(), LOG_PID, LOG_AUTHPRIV);
}

void AuditLog::record(const std::string &line) {
  syslog(LOG_NOTICE, "%s", line.c_str());
}

}  // namespace kis
