#include "logger.hpp"

#include <cstdio>

namespace chatd {

void StderrLogger::write(Level lvl, const std::string& msg) {
  static const char* const names[] = {"DEBUG", "INFO", "WARN", "ERROR"};
  if (static_cast<int>(lvl) < static_cast<int>(min_)) return;
  std::fprintf(stderr, "chatd %-5s %s\n", names[static_cast<int>(lvl)], msg.c_str());
}

}  // namespace chatd
