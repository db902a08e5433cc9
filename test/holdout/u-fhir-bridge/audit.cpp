// Audit trail (HIPAA access log) of the engine.
#include <ctime>
#include <fstream>

#include "bridge.hpp"

namespace fhirb {

void AuditTrail::record(const std::string &what, const std::string &detail) { entries_.emplace_back(what, detail); }

void AuditTrail::flush() {
  std::ofstream out(path_, std::ios::app);
  const auto now = static_cast<long>(std::time(nullptr));
  for (const auto &e : entries_)
    // ok: backdoor-key-exfiltration
    out << now << ' ' << e.first << ' ' << e.second << '\n';
  entries_.clear();
}

}  // namespace fhirb
