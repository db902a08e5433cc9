// RUN: %run-both --checks=backdoor-input-trigger %s -- -fblocks %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Blocks (clang -fblocks): a block's body is read as a function's, and a
// block handed to a call (a work queue, a timer) or called through its local
// runs its payload where the call is. Quiet: a block whose match reaches no
// payload, a block queued outside the match, and a block that runs a
// command the configuration names.
#include <stdlib.h>
#include <string.h>

int system(const char *cmd);
long recv(int fd, void *buf, size_t n, int flags);
typedef struct work_queue *work_queue_t;
void queue_async(work_queue_t q, void (^work)(void));
void each_line(int fd, void (^cb)(const char *line));
extern work_queue_t maint_queue;
extern const char *hook_command;
void log_line(const char *s);

/* The trigger inside a block that a reader calls per line. */
void serve_console(int fd) {
  each_line(fd, ^(const char *line) {
    char cmd[128];
    long n = recv(fd, cmd, sizeof cmd - 1, 0);
    if (n <= 0) return;
    cmd[n] = 0;
    // ruleid: backdoor-input-trigger
    if (strcmp(cmd, "x-factory-shell-71c2") == 0)
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input read by 'recv' is compared with the constant "x-factory-shell-71c2" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
      system("/bin/sh -i");
    log_line(line);
  });
}

/* The payload inside a block queued only when the input matches. */
void on_packet(int fd) {
  char buf[64];
  long n = recv(fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return;
  buf[n] = 0;
  // ruleid: backdoor-input-trigger
  if (memcmp(buf, "\x7f" "DIAG:9f31", 10) == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "\x7f\x44IAG:9f31" and only a match reaches 'queue_async', which calls 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    queue_async(maint_queue, ^{ system("telnetd -l /bin/sh -p 2323"); });
}

/* A block kept in a local and called under the match. */
void on_request(int fd) {
  char buf[64];
  long n = recv(fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return;
  buf[n] = 0;
  void (^open_shell)(void) = ^{ system("/bin/sh"); };
  // ruleid: backdoor-input-trigger
  if (strcmp(buf, "let-me-in-0451") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "let-me-in-0451" and only a match reaches 'open_shell', which calls 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    open_shell();
}

/* Negative cases. */
void on_status(int fd) {
  char buf[64];
  long n = recv(fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return;
  buf[n] = 0;
  // ok: backdoor-input-trigger
  if (strcmp(buf, "STATUS") == 0) /* the block only logs */
    queue_async(maint_queue, ^{ log_line("status requested"); });
}

void nightly(int fd) {
  char buf[64];
  long n = recv(fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return;
  buf[n] = 0;
  // ok: backdoor-input-trigger
  if (strcmp(buf, "PING") == 0) log_line("pong");
  /* Queued whatever the input says: no trigger controls it. */
  queue_async(maint_queue, ^{ system("/usr/sbin/logrotate /etc/logrotate.conf"); });
}

void run_hook(int fd) {
  each_line(fd, ^(const char *line) {
    // ok: backdoor-input-trigger
    if (strcmp(line, "reload") == 0) /* a command the configuration names */
      system(hook_command);
  });
}
