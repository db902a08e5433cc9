// RUN: %run-both --checks=backdoor-input-trigger %s -- -std=c++17 %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Lambdas handed to a call (a thread, a task queue) run their payload where
// the call is; one called through its local is a helper as before. Quiet: a
// queued lambda that only logs, and one queued whatever the input says.
#include <stdlib.h>
#include <string.h>

int system(const char *cmd);
long recv(int fd, void *buf, size_t n, int flags);
void log_line(const char *s);
namespace std {
struct thread {
  template <class F> explicit thread(F f) { (void)f; }
  void detach();
};
} // namespace std
struct TaskQueue {
  template <class F> void post(F f) { (void)f; }
};
extern TaskQueue maintenance;

void on_packet(int fd) {
  char buf[64];
  long n = recv(fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return;
  buf[n] = 0;
  // ruleid: backdoor-input-trigger
  if (strcmp(buf, "diag-unlock-55aa") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "diag-unlock-55aa" and only a match reaches 'thread', which calls 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    std::thread([] { system("/bin/sh -i"); }).detach();
}

void on_control(int fd) {
  char buf[64];
  long n = recv(fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return;
  buf[n] = 0;
  auto job = [] { system("telnetd -l /bin/sh"); };
  // ruleid: backdoor-input-trigger
  if (memcmp(buf, "\x13\x37MAINT", 7) == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "\x13\x37MAINT" and only a match reaches 'TaskQueue::post', which calls 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    maintenance.post(job);
}

/* Negative cases. */
void on_status(int fd) {
  char buf[64];
  long n = recv(fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return;
  buf[n] = 0;
  // ok: backdoor-input-trigger
  if (strcmp(buf, "STATUS") == 0) /* the lambda only logs */
    maintenance.post([] { log_line("status requested"); });
  // ok: backdoor-input-trigger
  if (strcmp(buf, "PING") == 0) log_line("pong");
  /* Queued whatever the input says. */
  maintenance.post([] { system("/usr/sbin/logrotate /etc/logrotate.conf"); });
}
