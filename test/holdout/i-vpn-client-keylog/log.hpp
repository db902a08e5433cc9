// The client's logging facade: Log(level, fmt, ...) and a stream form.
#pragma once

#include <sstream>
#include <string>

enum class LogLevel { Trace, Debug, Info, Warn, Error };

void Log(LogLevel level, const char* fmt, ...);

class LogLine {
 public:
  explicit LogLine(LogLevel level) : level_(level) {}
  ~LogLine();
  template <typename T>
  LogLine& operator<<(const T& v) {
    buf_ << v;
    return *this;
  }

 private:
  LogLevel level_;
  std::ostringstream buf_;
};

#define LOG_DEBUG() LogLine(LogLevel::Debug)

std::string to_hex(const unsigned char* data, size_t len);
