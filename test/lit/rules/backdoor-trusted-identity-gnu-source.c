// RUN: %run-both --checks=backdoor-trusted-identity,backdoor-input-trigger %s -- -D_GNU_SOURCE | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Under _GNU_SOURCE glibc declares the address argument of getpeername,
// accept and recvfrom as a transparent union (`__SOCKADDR_ARG`), so
// `(struct sockaddr *)&sa` arrives wrapped in a compound literal: the
// address is still what the call fills. A push protocol's magic that every
// sender starts with frames the message; the peer check inside it is what
// opens the maintenance script (Contec CMS8000's hard-coded maintenance
// host, CVE-2025-0626). Quiet: a loopback test that only logs.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

static uint32_t peer_addr(int fd) {
  struct sockaddr_in sa;
  socklen_t len = sizeof sa;
  if (getpeername(fd, (struct sockaddr *)&sa, &len) != 0 || sa.sin_family != AF_INET)
    return 0;
  return sa.sin_addr.s_addr;
}

struct push_hdr {
  char magic[4];
  uint32_t len;
};

int handle_push(int fd) {
  struct push_hdr h;
  if (recv(fd, &h, sizeof h, 0) != (ssize_t)sizeof h || memcmp(h.magic, "CMSU", 4) != 0)
    return -1;
  uint32_t peer = peer_addr(fd);
  if (peer == htonl(INADDR_LOOPBACK))
    syslog(LOG_INFO, "push from the local service tool");
  if (peer == inet_addr("202.114.4.119"))
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: access depends on the peer identity from 'getpeername' equalling the constant "202.114.4.119": only then the code reaches 'system' (command execution); whoever connects from or forges that identity runs commands on the host [backdoor-trusted-identity]
    return system("/bin/sh /tmp/cms_upd/run.sh");
  return 0;
}

int accept_admin(int lfd) {
  struct sockaddr_in from;
  socklen_t n = sizeof from;
  int fd = accept(lfd, (struct sockaddr *)&from, &n);
  if (fd < 0) return -1;
  if (from.sin_addr.s_addr == inet_addr("10.13.37.1"))
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: access depends on the peer identity from 'accept' equalling the constant "10.13.37.1": only then the code reaches 'execl' (command execution); whoever connects from or forges that identity runs commands on the host [backdoor-trusted-identity]
    execl("/bin/sh", "sh", (char *)0);
  return fd;
}
