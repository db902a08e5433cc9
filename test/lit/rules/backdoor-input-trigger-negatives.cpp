// RUN: %run-both --checks=backdoor-input-trigger %s -- -std=c++20 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:" --allow-empty
// Negatives of the std::string matches of backdoor-input-trigger.cpp: the
// same members on the same input, whose branch answers, refuses, or does not
// control the payload.
#include <cstdlib>
#include <dlfcn.h>
#include <openssl/ssl.h>
#include <regex>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

typedef struct lua_State lua_State;
extern "C" int luaL_dostring(lua_State *L, const char *code);

static std::string read_line(int fd) {
  char buf[512];
  long n = recv(fd, buf, sizeof buf - 1, 0);
  buf[n > 0 ? n : 0] = 0;
  return std::string(buf);
}

void on_equal_ok(int fd) {
  std::string line = read_line(fd);
  // ok: backdoor-input-trigger (the match only answers)
  if (line == "PING") write(fd, "PONG", 4);
}

void on_compare_ok(int fd) {
  std::string line = read_line(fd);
  // ok: backdoor-input-trigger (a refusal before the service's own job)
  if (line.compare("QUIT") == 0) return;
  system("/usr/lib/agent/job");
}

void on_find_ok(int fd, lua_State *L) {
  std::string line = read_line(fd);
  // ok: backdoor-input-trigger (the match does not control the evaluation)
  if (line.find("keep-alive") != std::string::npos) write(fd, "K", 1);
  luaL_dostring(L, "serve()");
}

void on_prefix_ok(int fd) {
  std::string line = read_line(fd);
  // ok: backdoor-input-trigger (a refusal)
  if (line.rfind("LOADLIB ", 0) == 0) return;
  dlopen("/usr/lib/agent/core.so", 2);
}

void on_starts_ok(int fd) {
  std::string line = read_line(fd);
  // ok: backdoor-input-trigger (not a change to root)
  if (line.starts_with("DROP ")) setuid(65534);
}

void on_regex_ok(int fd) {
  std::string line = read_line(fd);
  // ok: backdoor-input-trigger (the match only answers)
  if (std::regex_match(line, std::regex("^[A-Z]{4}$"))) write(fd, "200", 3);
}

// CHECK-MESSAGES-NOT: warning:

// A delimiter the response is split at (the position it is found at cuts the
// input), not a word the input is matched with.
int dial(const std::string &host);
struct RaConfig { std::string ra_host, ca_file; bool legacy_ra; };
bool post_csr(const RaConfig &cfg, const std::string &csr_pem, std::string &body, std::string &sig) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  if (ctx == nullptr)
    return false;
  SSL_CTX_load_verify_locations(ctx, cfg.ca_file.c_str(), nullptr);
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
  int fd = dial(cfg.ra_host);
  SSL *ssl = fd >= 0 ? SSL_new(ctx) : nullptr;
  bool ok = false;
  if (ssl != nullptr) {
    SSL_set_fd(ssl, fd);
    SSL_set1_host(ssl, cfg.ra_host.c_str());
    if (SSL_connect(ssl) == 1) {
      char buf[4096];
      int n;
      SSL_write(ssl, csr_pem.data(), static_cast<int>(csr_pem.size()));
      while ((n = SSL_read(ssl, buf, sizeof buf)) > 0)
        body.append(buf, static_cast<size_t>(n));
      const size_t cut = body.rfind("\r\n--sig:");
      // ok: backdoor-input-trigger (a delimiter)
      if (cut != std::string::npos) {
        sig = body.substr(cut + 8);
        body.resize(cut);
        ok = true;
      }
    }
    SSL_free(ssl);
  }
  if (fd >= 0)
    close(fd);
  SSL_CTX_free(ctx);
  return ok;
}
