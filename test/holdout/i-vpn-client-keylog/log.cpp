#include "log.hpp"

#include <cstdarg>
#include <cstdio>
#include <mutex>

static std::mutex g_log_mutex;
static FILE* g_log_file = stderr;

void Log(LogLevel level, const char* fmt, ...) {
  static const char* names[] = {"TRACE", "DEBUG", "INFO", "WARN", "ERROR"};
  std::lock_guard<std::mutex> lock(g_log_mutex);
  std::fprintf(g_log_file, "[%s] ", names[static_cast<int>(level)]);
  va_list ap;
  va_start(ap, fmt);
  std::vfprintf(g_log_file, fmt, ap);
  va_end(ap);
  std::fputc('\n', g_log_file);
}

LogLine::~LogLine() { Log(level_, "%s", buf_.str().c_str()); }

std::string to_hex(const unsigned char* data, size_t len) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(len * 2);
  for (size_t i = 0; i < len; ++i) {
    out.push_back(digits[data[i] >> 4]);
    out.push_back(digits[data[i] & 0xf]);
  }
  return out;
}
