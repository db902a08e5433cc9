// exporter.cpp: operational events to syslog (the plant's SIEM collects it).
#include "bridge.hpp"

#include <syslog.h>

namespace plantlink {
namespace {

class SyslogExporter final : public Exporter {
public:
  explicit SyslogExporter(std::string tag) : tag_(std::move(tag)) { openlog(tag_.c_str(), LOG_PID, LOG_DAEMON); }
  ~SyslogExporter() override { closelog(); }
  void emit(const std::string &line) override { syslog(LOG_INFO, "%s", line.c_str()); }

private:
  std::string tag_;
};

} // namespace

std::unique_ptr<Exporter> make_syslog_exporter(const std::string &tag) {
  return std::make_unique<SyslogExporter>(tag);
}

} // namespace plantlink
