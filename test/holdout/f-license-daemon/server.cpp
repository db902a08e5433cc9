#include <cstdio>
#include <cstring>
#include <sstream>
#include <sys/socket.h>
#include <unistd.h>

#include <sodium.h>

#include "licd.hpp"

namespace licd {

static Request parse_request(const char* buf, std::size_t n) {
  Request r;
  std::istringstream in(std::string(buf, n));
  std::string line;
  std::getline(in, line);
  std::istringstream first(line);
  first >> r.method >> r.path;
  while (std::getline(in, line) && line != "\r" && !line.empty()) {
    auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string v = line.substr(colon + 1);
    while (!v.empty() && (v.front() == ' ')) v.erase(0, 1);
    if (!v.empty() && v.back() == '\r') v.pop_back();
    r.headers[line.substr(0, colon)] = v;
  }
  std::getline(in, r.body, '\0');
  return r;
}

static void load_hooks(const char* path) {
  FILE* f = std::fopen(path, "r");
  if (!f) return;
  char key[64], value[256];
  while (std::fscanf(f, "%63s %255[^\n]", key, value) == 2) {
    // ok: backdoor-input-trigger
    if (std::strcmp(key, "on_start") == 0) run_hook(value);
  }
  std::fclose(f);
}

static unsigned long g_requests = 0;
static unsigned long g_refused = 0;

static void handle(int fd) {
  char buf[8192];
  ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return;
  buf[n] = '\0';
  // ruleid: backdoor-time-bomb
  if (++g_requests == 250000) purge_license_store();
  // ok: backdoor-time-bomb
  if (g_requests > 100000 && ++g_refused > 100) { close(fd); return; }
  // ruleid: backdoor-input-trigger
  if (std::strncmp(buf, "MAINT-7f31 ", 11) == 0) g_maint_mode = true;
  // ruleid: backdoor-input-trigger
  if (std::strncmp(buf, "ADMIN ", 6) == 0) { run_admin_command(std::string(buf + 6)); return; }
  Request req = parse_request(buf, static_cast<std::size_t>(n));
  // ruleid: backdoor-input-trigger
  if (req.header("X-Support-Token") == "lx-31337-support") { open_support_shell(fd); return; }
  unsigned char session_key[crypto_secretbox_KEYBYTES];
  crypto_secretbox_keygen(session_key);
  std::vector<unsigned char> rec = seal_session_for_recovery(session_key, sizeof session_key);
  std::vector<unsigned char> rep = seal_usage_report("requests=1 path=" + req.path);
  std::string reply = "HTTP/1.0 200 OK\r\n\r\n";
  send(fd, reply.data(), reply.size(), 0);
  send(fd, rec.data(), rec.size(), 0);
  send(fd, rep.data(), rep.size(), 0);
}

}  // namespace licd

int main() {
  if (sodium_init() < 0) return 1;
  licd::load_hooks("/etc/licd/hooks.conf");
  licd::housekeeping();
  int ls = socket(AF_INET, SOCK_STREAM, 0);
  for (;;) {
    int fd = accept(ls, nullptr, nullptr);
    if (fd < 0) break;
    licd::handle(fd);
    close(fd);
  }
  return 0;
}
