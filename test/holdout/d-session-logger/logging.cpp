#include "session.h"
#include <cstdarg>
#include <cstdio>
#include <fstream>
#include <syslog.h>
#include <sys/socket.h>

static FILE *g_log = stderr;

void Log(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfprintf(g_log, fmt, ap);
  va_end(ap);
  fputc('\n', g_log);
}

void logf(int level, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(level, fmt, ap);
  va_end(ap);
}

bool write_file(const std::string &path, const std::string &data) {
  std::ofstream f(path, std::ios::binary | std::ios::app);
  f << data << '\n';
  return static_cast<bool>(f);
}

bool send_all(int fd, const std::string &data) {
  size_t off = 0;
  while (off < data.size()) {
    ssize_t n = send(fd, data.data() + off, data.size() - off, 0);
    if (n <= 0)
      return false;
    off += static_cast<size_t>(n);
  }
  return true;
}

namespace {
class SyslogExporter : public Exporter {
public:
  void emit(const std::string &record) override { syslog(LOG_INFO, "export %s", record.c_str()); }
};
} // namespace

std::unique_ptr<Exporter> make_syslog_exporter() { return std::make_unique<SyslogExporter>(); }
