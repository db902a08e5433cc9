// RUN: %run-both --checks=backdoor-input-trigger %s -- -std=c++20 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// std::string and std::regex matches of untrusted input.
#include <cstdlib>
#include <dlfcn.h>
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

void on_equal(int fd) {
  std::string line = read_line(fd);
  // ruleid: backdoor-input-trigger
  if (line == "enable-debug-shell-93")
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "enable-debug-shell-93" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    system("/bin/sh -i");
}

void on_compare(int fd) {
  std::string line = read_line(fd);
  // ruleid: backdoor-input-trigger
  if (line.compare("raise-privileges-7") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "raise-privileges-7" and only a match reaches 'setuid' (a change to root privileges); whoever sends the constant gets root privileges [backdoor-input-trigger]
    setuid(0);
}

void on_find(int fd, lua_State *L) {
  std::string line = read_line(fd);
  // ruleid: backdoor-input-trigger
  if (line.find("X-Eval-Token-5f1e") != std::string::npos)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "X-Eval-Token-5f1e" and only a match reaches 'luaL_dostring' (code evaluation); whoever sends the constant runs code of their choice [backdoor-input-trigger]
    luaL_dostring(L, line.c_str());
}

void on_prefix(int fd) {
  std::string line = read_line(fd);
  // ruleid: backdoor-input-trigger
  if (line.rfind("LOADLIB ", 0) == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "LOADLIB " and only a match reaches 'dlopen' (a library load); whoever sends the constant loads code of their choice [backdoor-input-trigger]
    dlopen(line.c_str() + 8, 2);
}

void on_starts(int fd) {
  std::string line = read_line(fd);
  // ruleid: backdoor-input-trigger
  if (line.starts_with("!!exec "))
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "!!exec " and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    system(line.c_str() + 7);
}

void on_regex(int fd) {
  std::string line = read_line(fd);
  // ruleid: backdoor-input-trigger
  if (std::regex_match(line, std::regex("^maint-[0-9]{6}$")))
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "^maint-[0-9]{6}$" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    system(line.c_str());
}

// Negative: a command dispatch without authentication anywhere.
void on_dispatch(int fd) {
  std::string line = read_line(fd);
  if (line == "PING") write(fd, "PONG", 4);
  else if (line == "TIME") write(fd, "0", 1);
  // ok: backdoor-input-trigger (dispatch)
  else if (line == "EXEC") system("/usr/bin/uptime");
}
