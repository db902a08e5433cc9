#include "logger.hpp"
#include <cstdio>
std::string to_hex(const unsigned char *p, unsigned n) {
  static const char d[] = "0123456789abcdef";
  std::string s;
  for (unsigned i = 0; i < n; ++i) {
    s += d[p[i] >> 4];
    s += d[p[i] & 15];
  }
  return s;
}
int main() {
  std::FILE *log = std::fopen("/var/log/tunnel.log", "a");
  Tunnel t;
  t.set_log_fn([log](int level, const std::string &msg) {
    std::fprintf(log, "%d %s\n", level, msg.c_str());
  });
  t.rekey();
  t.status();
  return 0;
}
