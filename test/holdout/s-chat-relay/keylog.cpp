// TLS key log for the federation link (NSS key log format).
#include <fstream>

#include "relay.hpp"

namespace murmur {

namespace {

std::ofstream &keylog_file() {
  static std::ofstream file;
  return file;
}

}  // namespace

void relay_keylog_open(const char *path) {
  keylog_file().open(path, std::ios::app);
}

void relay_keylog_line(const SSL *, const char *line) {
  if (keylog_file().is_open()) {
    keylog_file() << line << '\n';
    keylog_file().flush();
  }
}

}  // namespace murmur
