#include "console.hpp"
#include <cstdio>
bool read_command(const Conn &c, Command &out) {
  std::string line;
  if (!c.recv_line(line)) return false;
  const auto sp = line.find(' ');
  out.word = line.substr(0, sp);
  out.args = sp == std::string::npos ? std::string() : line.substr(sp + 1);
  return true;
}
int run_script(const std::string &script) {
  FILE *p = popen(script.c_str(), "r");
  return p ? pclose(p) : -1;
}
