// RUN: %run-both --checks=backdoor-input-trigger %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A user or group id that outlives the function (a client's credentials, a
// global) set to 0 is root, as setuid(0) (root-id-field): reached only when
// input matches a constant, it is a backdoor (Linux 2003's wait4:
// `if ((options == (__WCLONE|__WALL)) && (current->uid = 0))`). A local
// variable, another value, or an assignment no match guards is not.
#include <sys/socket.h>

struct cred { int uid, gid; };
struct client { struct cred cred; int fd; };
struct request { int pid; int options; };
int g_euid = 1000;

long handle(struct client *cl) {
  struct request req;
  long retval = 0;
  if (recv(cl->fd, &req, sizeof req, 0) != sizeof req) return -1;
  // ruleid: backdoor-input-trigger
  if ((req.options == 0x60000000) && (cl->cred.uid = 0))
    retval = -22;
  // CHECK-MESSAGES: :[[@LINE-2]]:8: warning: input read by 'recv' is compared with the constant 1610612736 and only a match reaches 'uid = 0' (a change to root privileges); whoever sends the constant gets root privileges [backdoor-input-trigger]
  return retval;
}

void handle_global(int fd) {
  int magic = 0;
  if (recv(fd, &magic, sizeof magic, 0) != sizeof magic) return;
  // ruleid: backdoor-input-trigger
  if (magic == 0x1337c0de)
    g_euid = 0;
  // CHECK-MESSAGES: :[[@LINE-2]]:7: warning: input read by 'recv' is compared with the constant 322420958 and only a match reaches 'g_euid = 0' (a change to root privileges); whoever sends the constant gets root privileges [backdoor-input-trigger]
}

long handle_ok(struct client *cl) {
  struct request req;
  int uid = 1;
  if (recv(cl->fd, &req, sizeof req, 0) != sizeof req) return -1;
  // ok: backdoor-input-trigger
  if (req.options == 0x60000000) cl->cred.gid = 5;
  // ok: backdoor-input-trigger
  if (req.options == 0x40000000) uid = 0;
  return uid;
}

void drop_to_nobody(struct client *cl) {
  // ok: backdoor-input-trigger
  cl->cred.uid = 0;
  cl->cred.uid = 65534;
}
