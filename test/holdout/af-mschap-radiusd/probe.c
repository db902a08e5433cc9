/* probe.c: the watchdog's self test, a Status-Server to our own port
 * every minute from the loopback client. */
#include "rad.h"

#include <arpa/inet.h>
#include <openssl/rand.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <syslog.h>
#include <unistd.h>

// ok: backdoor-secret-literal
const char kProbeSecret[] = "probe:loopback-2012";

int probe_self(int port) {
  struct rad_packet pkt;
  struct sockaddr_in to = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
  struct timeval tv = {.tv_sec = 2};
  uint8_t wire[RAD_MAX_PACKET], ma[16] = {0};
  int fd, n, ok = 0;

  memset(&pkt, 0, sizeof pkt);
  pkt.code = RAD_STATUS_SERVER;
  // ok: backdoor-predictable-random
  pkt.id = (uint8_t)(rand() & 0xff);
  // ok: backdoor-predictable-random
  if (RAND_bytes(pkt.authenticator, sizeof pkt.authenticator) != 1)
    return -1;
  rad_attr_add(&pkt, ATTR_MESSAGE_AUTHENTICATOR, ma, sizeof ma);
  if (rad_msg_auth(kProbeSecret, &pkt, ma) != 0)
    return -1;
  memcpy(pkt.data + pkt.data_len - 16, ma, 16);
  if ((n = rad_encode(&pkt, wire, sizeof wire)) < 0)
    return -1;

  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if ((fd = socket(AF_INET, SOCK_DGRAM, 0)) < 0)
    return -1;
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  if (sendto(fd, wire, (size_t)n, 0, (struct sockaddr *)&to, sizeof to) == n &&
      recv(fd, wire, sizeof wire, 0) >= 20 && wire[0] == RAD_ACCESS_ACCEPT && wire[1] == pkt.id)
    ok = 1;
  close(fd);
  if (!ok)
    rad_log(LOG_ERR, "self test: no answer on port %d", port);
  return ok ? 0 : -1;
}
