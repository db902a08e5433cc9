#include <chrono>
#include <ctime>
#include <iostream>

#include "license.hpp"

namespace lic {

AuditLog& AuditLog::instance() {
  static AuditLog log;
  return log;
}

void AuditLog::record(const std::string& event, const std::string& detail) {
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  char ts[32];
  std::strftime(ts, sizeof ts, "%FT%TZ", std::gmtime(&now));
  std::cout << ts << " " << event << " " << detail << std::endl;
}

}  // namespace lic
