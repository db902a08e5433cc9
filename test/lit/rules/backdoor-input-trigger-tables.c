// RUN: %run-both --checks=backdoor-input-trigger %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A lookup of the input in a table of two or more names walked in a loop is
// a dispatch over its entries (quiet unless it hands over a shell), a table
// of one entry is a constant; of two matches of what one call read, nested,
// the inner (a sub-function code after the vendor prefix every reply of
// that vendor carries) claims the payload.
#include <stdlib.h>
#include <string.h>

int system(const char *cmd);
int snprintf(char *s, size_t n, const char *fmt, ...);
long recv(int fd, void *buf, size_t n, int flags);
extern int g_service_unlock;

void restart_service(int fd) {
  static const char *const kServices[] = {"fleetd-collector", "fleetd-shipper"};
  char name[64], cmd[96];
  long n = recv(fd, name, sizeof name - 1, 0);
  if (n <= 0) return;
  name[n] = 0;
  for (size_t i = 0; i < sizeof kServices / sizeof kServices[0]; i++)
    // ok: backdoor-input-trigger
    if (strcmp(name, kServices[i]) == 0) {
      snprintf(cmd, sizeof cmd, "/bin/systemctl restart %s", kServices[i]);
      system(cmd);
    }
}

void debug_words(int fd) {
  static const char *const kWords[] = {"xyzzy-7c1f"};
  char word[64];
  long n = recv(fd, word, sizeof word - 1, 0);
  if (n <= 0) return;
  word[n] = 0;
  for (size_t i = 0; i < sizeof kWords / sizeof kWords[0]; i++)
    // ruleid: backdoor-input-trigger
    if (strcmp(word, kWords[i]) == 0)
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input read by 'recv' is compared with the constant "xyzzy-7c1f" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
      system("/bin/sh -c 'telnetd -l /bin/sh'");
}

void on_mfg_reply(int fd) {
  unsigned char data[64];
  long n = recv(fd, data, sizeof data, 0);
  // ok: backdoor-input-trigger
  if (n < 5 || memcmp(data, "\x00\x0b\x3e", 3) != 0)
    return;
  unsigned sub = (unsigned)(data[3] << 8 | data[4]);
  // ruleid: backdoor-input-trigger
  if (sub == 0x7A3C)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant 31292 and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    system("/usr/sbin/service-mode on");
}
