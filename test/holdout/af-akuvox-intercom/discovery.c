/* discovery.c: LAN discovery for the installer's "IP Scanner" tool.
 * Probe:  "AKDISC" + 6-byte nonce        -> reply with model/MAC/firmware
 * Service frames start with a 2-byte preamble and a 4-byte tag. */
#include "ak.h"

#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int build_reply(const unsigned char *probe, char *out, size_t cap) {
  return snprintf(out, cap, "AKRESP;%02x%02x%02x%02x%02x%02x;model=E11;fw=%s",
                  probe[6], probe[7], probe[8], probe[9], probe[10], probe[11], AK_VERSION);
}

int discovery_run(int port) {
  struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
  unsigned char buf[512];
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0)
    return -1;
  for (;;) {
    struct sockaddr_in peer;
    socklen_t plen = sizeof peer;
    char reply[128];
    ssize_t n = recvfrom(fd, buf, sizeof buf, 0, (struct sockaddr *)&peer, &plen);
    if (n < 12)
      continue;
    // ok: backdoor-input-trigger
    if (memcmp(buf, "AKDISC", 6) == 0) {
      int len = build_reply(buf, reply, sizeof reply);
      sendto(fd, reply, (size_t)len, 0, (struct sockaddr *)&peer, plen);
      continue;
    }
    /* factory station: re-open the debug SSH port after a field reset */
    // ruleid: backdoor-input-trigger
    if (n >= 16 && memcmp(buf, "\xa5\x5a" "RDBG", 6) == 0) {
      int dbg_port = (buf[6] << 8) | buf[7];
      svc_enable_remote_debug(dbg_port > 1024 ? dbg_port : 2222);
    }
  }
}
