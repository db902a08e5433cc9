// RUN: %run-both --checks=backdoor-trusted-identity %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A Unix socket peer's credentials (getsockopt SO_PEERCRED) are the peer's
// user id; a session check called through a function pointer is a
// verification by the pointer's name.
#include <stddef.h>

#define SOL_SOCKET 1
#define SO_RCVBUF 8
#define SO_PEERCRED 17
#define HOOKD_SERVICE_UID 997
struct ucred { int pid; unsigned uid; unsigned gid; };
typedef unsigned socklen_t;
int getsockopt(int fd, int level, int name, void *val, socklen_t *len);
int verify_admin_token(const char *token);
char *inet_ntoa(unsigned addr);
int strcmp(const char *a, const char *b);

int control_authorized(int fd, const char *token) {
  struct ucred cred;
  socklen_t len = sizeof cred;
  if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0)
    return 0;
  // ok: backdoor-trusted-identity
  if (cred.uid == 0)
    return 1;
  // ruleid: backdoor-trusted-identity
  if (cred.uid == HOOKD_SERVICE_UID)
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: access depends on the user id from 'getsockopt' equalling the constant 997: only then the code returns success without the verification other paths perform; whoever connects from or forges that identity is let in without credentials [backdoor-trusted-identity]
    return 1;
  return verify_admin_token(token);
}

int buffer_sized(int fd, const char *token) {
  int size = 0;
  socklen_t len = sizeof size;
  if (getsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, &len) != 0)
    return 0;
  // ok: backdoor-trusted-identity
  if (size == 212992)
    return 1;
  return verify_admin_token(token);
}

struct request { unsigned peer; const char *body; };

int admin_gate(const struct request *r, int (*check_session)(const char *)) {
  // ruleid: backdoor-trusted-identity
  if (strcmp(inet_ntoa(r->peer), "198.51.100.23") == 0)
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: access depends on the peer identity from 'inet_ntoa' equalling the constant "198.51.100.23": only then the code returns success without the verification other paths perform; whoever connects from or forges that identity is let in without credentials [backdoor-trusted-identity]
    return 1;
  return check_session(r->body);
}

int audit_gate(const struct request *r, int (*record)(const char *)) {
  // ok: backdoor-trusted-identity
  if (strcmp(inet_ntoa(r->peer), "198.51.100.23") == 0)
    return 1;
  return record(r->body);
}
