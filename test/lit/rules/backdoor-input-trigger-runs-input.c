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
long recvfrom(int fd, void *buf, size_t n, int flags, void *from, void *len);
unsigned short ntohs(unsigned short v);
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

/* A frame filter on a number, then the digest that opens the command: the
   byte match claims the payload, not the EtherType check on the way. */
struct frame { unsigned short proto, type; unsigned char payload[64]; };
static const unsigned char kModelDigest[16] = {0x45, 0xd1, 0xbb, 0x33, 0x9b, 0x07, 0xa6, 0x61,
                                               0x8b, 0x21, 0x14, 0xdb, 0xc0, 0xd7, 0x78, 0x3e};

void frame_loop(int fd) {
  struct frame fr;
  for (;;) {
    long n = recvfrom(fd, &fr, sizeof(fr), 0, 0, 0);
    if (n < 4) continue;
    // ok: backdoor-input-trigger (the protocol's framing)
    if (ntohs(fr.proto) != 0x8888) continue;
    if (ntohs(fr.type) == 0x0201 && memcmp(fr.payload, kModelDigest, 16) == 0)
      // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: input read by 'recvfrom' is compared with the constant "E\xd1\xbb\x33\x9b\x07\xa6\x61\x8b!\x14\xdb\xc0\xd7x>" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
      system("killall scfgmgr; /usr/sbin/scfgmgr -l &");
  }
}

/* A fixed program given the input as an argument (a firmware fetch of the
   URL the request names) after the session's login flag: the sender picks
   an argument, not the command, and only a logged-in session gets there.
   The same input handed to `/bin/sh -c` is a command of the sender's. */
int fork(void);
int execl(const char *path, const char *arg, ...);
struct pjl { int fd; int authenticated; };

void pjl_line(struct pjl *s, char *line) {
  // ok: backdoor-input-trigger (a fixed program, after the login flag)
  if (strncmp(line, "UPGRADE URL=", 12) == 0) {
    if (!s->authenticated) {
      exit_client(s->fd, "FILEERROR=30");
      return;
    }
    if (fork() == 0) execl("/usr/sbin/mfp-fwupd", "mfp-fwupd", "--url", line + 12, (char *)0);
  } else if (strncmp(line, "DIAG ", 5) == 0) {
    if (!s->authenticated) {
      exit_client(s->fd, "FILEERROR=30");
      return;
    }
    // CHECK-MESSAGES: :[[@LINE-5]]:14: warning: input read by 'recv' is compared with the constant "DIAG " and only a match reaches 'execl' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    if (fork() == 0) execl("/bin/sh", "sh", "-c", line + 5, (char *)0);
  }
}

void pjl_session(int fd) {
  struct pjl s = {fd, 0};
  char line[512];
  long n = recv(fd, line, sizeof line - 1, 0);
  if (n <= 0) return;
  line[n] = '\0';
  pjl_line(&s, line);
}

/* A session found by the request's cookie and a role compared before the
   diagnostics page runs its collector: what a login and an administrator
   role give. The status and login pages are reached before any login, and
   run nothing. */
struct http_req { char path[64]; char cookie[64]; };
struct session { int role; };
struct session *session_find(const char *cookie);
int check_password(const char *user, const char *password);
#define ROLE_ADMIN 3

void http_serve(int fd) {
  struct http_req r;
  if (recv(fd, &r, sizeof r, 0) != (long)sizeof r) return;
  // ok: backdoor-input-trigger (a page that runs nothing)
  if (strcmp(r.path, "/about_state") == 0) {
    exit_client(fd, "state");
    return;
  }
  if (strcmp(r.path, "/login") == 0) {
    exit_client(fd, check_password(r.cookie, r.path + 7) ? "welcome" : "denied");
    return;
  }
  struct session *s = session_find(r.cookie);
  if (s == 0) {
    exit_client(fd, "login required");
    return;
  }
  if (strcmp(r.path, "/logout") == 0) {
    exit_client(fd, "bye");
    // ok: backdoor-input-trigger (after the session lookup and the role check)
  } else if (strcmp(r.path, "/tools_diag") == 0) {
    if (s->role < ROLE_ADMIN) {
      exit_client(fd, "forbidden");
      return;
    }
    system("/usr/sbin/pbx-diag --collect /tmp/diag.tgz");
  }
}
