// RUN: %run-both --checks=backdoor-input-trigger %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A command made of the matched input itself, among sibling checks of the
// same buffer (UnrealIRCd 3.2.8.1: `if (!memcmp(readbuf, "AB", 2))
// system(readbuf)` beside the HTTP-on-IRC-port rejections): whoever sends the
// constant chooses the command, so the sibling checks do not make it one
// command of a protocol's dispatch. Quiet: a dispatch whose command runs a
// fixed program.
#include <stdlib.h>
#include <string.h>

long recv(int fd, void *buf, size_t n, int flags);
int system(const char *cmd);
int exit_client(int fd, const char *why);
int dopacket(int fd, char *buf, int n);

char readbuf[8192];

int read_packet(int fd) {
  int length = (int)recv(fd, readbuf, sizeof(readbuf), 0);
  if (length <= 0) return length;
  if (!memcmp(readbuf, "AB", 2))
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "AB" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    system(readbuf);
  if (!strncmp(readbuf, "POST ", 5) || !strncmp(readbuf, "GET ", 4))
    return exit_client(fd, "HTTP command from IRC connection (ATTACK?)");
  return dopacket(fd, readbuf, length);
}

int admin_packet(int fd) {
  char cmd[256];
  int length = (int)recv(fd, cmd, sizeof(cmd) - 1, 0);
  if (length <= 0) return length;
  cmd[length] = '\0';
  // ok: backdoor-input-trigger (one command of a dispatch, a fixed program)
  if (!strncmp(cmd, "STATUS", 6)) return system("/usr/sbin/ircd-status");
  if (!strncmp(cmd, "PING", 4)) return exit_client(fd, "pong");
  if (!strncmp(cmd, "QUIT", 4)) return exit_client(fd, "bye");
  return dopacket(fd, cmd, length);
}
