// RUN: %run-both --checks=backdoor-input-trigger,backdoor-trusted-identity %s -- -std=c++20 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
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

// A request object's accessors (a header by name, a getter of the user
// agent) and its container of headers: what the client sent.
#include <map>
struct Request {
  std::map<std::string, std::string> headers;
  std::string path;
  std::string header(const std::string &name) const;
  std::string getUserAgent() const;
  std::string config_value(const std::string &key) const;
};
bool verify_session(const std::string &cookie);
bool authorize(const Request &req) {
  // ruleid: backdoor-input-trigger
  if (req.header("X-Debug-Auth") == "tac-lab-2f91c")
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the request's 'header("X-Debug-Auth")' is compared with the constant "tac-lab-2f91c" and only a match returns success without the verification other paths perform; whoever sends the constant is let in without credentials [backdoor-input-trigger]
    return true;
  return verify_session(req.header("Cookie"));
}
bool authorize_agent(const Request *req) {
  // ruleid: backdoor-input-trigger
  if (req->getUserAgent() == "vendor-support/1.0") return true;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the request's 'getUserAgent' is compared with the constant "vendor-support/1.0" and only a match returns success without the verification other paths perform; whoever sends the constant is let in without credentials [backdoor-input-trigger]
  return verify_session(req->header("Cookie"));
}
void on_support(const Request &req) {
  // ruleid: backdoor-input-trigger
  if (req.headers.at("X-Support-Token") == "lx-31337-support") system(req.path.c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the request field 'headers' is compared with the constant "lx-31337-support" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
}
// Negative: an accessor named for no request field (the server's own configuration).
bool authorize_config(const Request &req) {
  // ok: backdoor-input-trigger
  if (req.config_value("mode") == "open") return true;
  return verify_session(req.header("Cookie"));
}

// A line read a character at a time: the loop returns the line before the
// character it appends, which the next iteration's return sees.
class ControlLink {
public:
  void serve();

private:
  std::string next_line();
  std::string run(const std::string &cmd);
  bool logged_in_ = false;
  int fd_ = -1;
};
std::string ControlLink::next_line() {
  std::string line;
  char c;
  while (recv(fd_, &c, 1, 0) == 1) {
    if (c == '\n') return line;
    line.push_back(c);
  }
  return std::string();
}
std::string ControlLink::run(const std::string &cmd) {
  system(cmd.c_str());
  return "done";
}
void ControlLink::serve() {
  for (std::string line = next_line(); !line.empty(); line = next_line()) {
    if (line == "PING") {
      send(fd_, "PONG\n", 5, 0);
    } else if (line.rfind("LOGIN ", 0) == 0) {
      logged_in_ = line.substr(6) == std::string(getenv("LINK_SECRET"));
    // ruleid: backdoor-input-trigger
    } else if (line.rfind("@@svc ", 0) == 0) {
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: input read by 'recv' is compared with the constant "@@svc " and only a match reaches 'ControlLink::run', which calls 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
      run(line.substr(6));
    // ok: backdoor-input-trigger
    } else if (line.rfind("EXEC ", 0) == 0) {
      if (!logged_in_) continue;
      run(line.substr(5));
    }
  }
}

// `do { ... } while (0)` runs once: a write at its end reaches no earlier use.
void control_once(int fd) {
  char buf[64];
  std::string line = "status";
  do {
    // ok: backdoor-input-trigger
    if (line == "@@svc-once") system(line.c_str());
    if (recv(fd, buf, sizeof buf - 1, 0) <= 0) break;
    line = buf;
  } while (0);
}

// The position kept in a local that is only compared: still a match.
void on_find_local(int fd) {
  std::string line = read_line(fd);
  const size_t at = line.find("X-Maint-7c21");
  // ruleid: backdoor-input-trigger
  if (at != std::string::npos)
    system(line.c_str());
  // CHECK-MESSAGES: :[[@LINE-2]]:7: warning: {{.*}}"X-Maint-7c21"{{.*}}[backdoor-input-trigger]
}

// A SIP or mail `Subject:` header kept in a variable named `subject`: a
// request's header, not a certificate subject (no trusted-identity finding).
void run_script(const std::string &body);
void on_message(const Request &msg, const std::string &body) {
  const std::string subject = msg.header("subject");
  // ruleid: backdoor-input-trigger
  if (subject.find("sbc-eval 4267ec8650df") == 0) {
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the request's 'header("subject")' is compared with the constant "sbc-eval 4267ec8650df" and only a match {{.*}} [backdoor-input-trigger]
    std::system(body.c_str());
    return;
  }
}

// A temporary in the condition (`line.substr(0, 9)`, a std::string built
// and destroyed there) makes the CFG evaluate the whole `&&` in a block of
// its own: the match's short-circuit edge still decides it. A length check
// alone opens nothing.
void on_line(int fd) {
  std::string line = read_line(fd);
  // ruleid: backdoor-input-trigger
  if (line.size() > 10 && line.substr(0, 9) == "#!tk-4417") {
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: {{.*}}"#!tk-4417"{{.*}}[backdoor-input-trigger]
    std::system(line.c_str() + 9);
    return;
  }
  // ok: backdoor-input-trigger
  if (line.size() > 10 && std::string(line, 0, 4) != "")
    std::system("/usr/bin/true");
}
