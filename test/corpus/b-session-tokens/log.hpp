#pragma once

#include <string>

namespace sess {

class Log {
 public:
  static void debug(const std::string& msg);
  static void info(const std::string& msg);
  static void warn(const std::string& msg);

 private:
  static void emit(const char* level, const std::string& msg);
};

}  // namespace sess
