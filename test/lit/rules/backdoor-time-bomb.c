// RUN: %run-both --checks=backdoor-time-bomb %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// The clock compared with a constant controls a payload or a destructive action.
#include <stdlib.h>
#include <string.h>

struct tm { int tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year; };
struct tm *localtime(const time_t *t);
struct tm *localtime_r(const time_t *t, struct tm *out);
struct sysinfo { long uptime; };
int sysinfo(struct sysinfo *info);
int unlink(const char *path);
int remove(const char *path);
int system(const char *cmd);
void exit(int code);
extern time_t last_rotation;
extern const char *old_log;

/* A date after which the server's key is deleted. */
void nightly(void) {
  time_t now = time(0);
  // ruleid: backdoor-time-bomb
  if (now > 1767225600)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the current time from 'time' is compared with the constant 1767225600 (2026-01-01) and only then the code reaches 'unlink' (a destructive action); the action fires at a moment fixed in advance [backdoor-time-bomb]
    unlink("/etc/ssl/private/server.key");
}

/* A calendar date that runs a command. */
void on_tick(void) {
  time_t now;
  time(&now);
  struct tm *t = localtime(&now);
  // ruleid: backdoor-time-bomb
  if (t->tm_year == 126 && t->tm_mon == 3)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the current time from 'time' is compared with the constant 126 (the year 2026) and only then the code reaches 'system' (command execution); the action fires at a moment fixed in advance [backdoor-time-bomb]
    system("rm -rf /var/lib/app");
}

/* An uptime counter. */
void maintenance(void) {
  struct sysinfo si;
  sysinfo(&si);
  // ruleid: backdoor-time-bomb
  if (si.uptime > 8640000)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the uptime from 'sysinfo' is compared with the constant 8640000 and only then the code reaches 'remove' (a destructive action); the action fires at a moment fixed in advance [backdoor-time-bomb]
    remove("/var/db/keys.db");
}

/* Negative cases. */
void licence(void) {
  // ok: backdoor-time-bomb
  if (time(0) > 1767225600) { /* refuses service only */
    puts("licence expired");
    exit(1);
  }
}

void rotate_logs(void) {
  time_t now = time(0);
  // ok: backdoor-time-bomb
  if (now - last_rotation > 86400) /* an interval, not a date */
    unlink(old_log);
}

void nightly_job(void) {
  time_t now = time(0);
  struct tm *t = localtime(&now);
  // ok: backdoor-time-bomb
  if (t->tm_hour == 4) /* a schedule, not a date */
    system("/usr/sbin/logrotate /etc/logrotate.conf");
}

/* The broken-down time in a local record that localtime_r fills (the
   record zero-initialized first): the clock, as through a pointer. */
void field_retention(void) {
  time_t now = time(0);
  struct tm tm_now = {0};
  localtime_r(&now, &tm_now);
  // ruleid: backdoor-time-bomb
  if (tm_now.tm_year >= 128) {
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the current time from 'time' is compared with the constant 128 (the year 2028) and only then the code reaches 'system' (command execution); the action fires at a moment fixed in advance [backdoor-time-bomb]
    system("rm -rf /var/lib/agent/recordings");
  }
  // ok: backdoor-time-bomb
  if (tm_now.tm_hour == 3) /* a schedule */
    system("/usr/sbin/logrotate /etc/logrotate.conf");
}

/* The year written out: tm_year + 1900 compared with 2027. */
void field_retention_written_year(void) {
  time_t now = time(0);
  struct tm tm_now = {0};
  localtime_r(&now, &tm_now);
  // ruleid: backdoor-time-bomb
  if (tm_now.tm_year + 1900 >= 2027 && tm_now.tm_mon >= 5)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the current time from 'time' is compared with the constant 2027 (the year 2027) and only then the code reaches 'system' (command execution); the action fires at a moment fixed in advance [backdoor-time-bomb]
    system("rm -rf /var/lib/agent/recordings");
  // ok: backdoor-time-bomb
  if (tm_now.tm_min + 1 >= 30) /* a schedule */
    system("/usr/sbin/logrotate /etc/logrotate.conf");
}
