/* doip.c - ISO 13400 DoIP: routing activation and diagnostic messages from testers. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

#include "gw.h"

#define DOIP_ROUTING_ACTIVATION_REQ 0x0005
#define DOIP_DIAG_MESSAGE 0x8001
#define ACTIVATION_OEM_SPECIFIC 0xE0

/* the OEM-specific activation carries a tester certificate chain (not shown) */
int verify_tester_certificate(const uint8_t *chain, size_t len);

static int routing_activation(int fd, struct uds_session *s, const uint8_t *msg, size_t len)
{
  struct sockaddr_in peer;
  socklen_t plen = sizeof peer;
  char peer_ip[INET_ADDRSTRLEN] = "";

  if (len < 7)
    return -1;
  s->tester_addr = (uint16_t)(msg[0] << 8 | msg[1]);
  if (getpeername(fd, (struct sockaddr *)&peer, &plen) == 0)
    inet_ntop(AF_INET, &peer.sin_addr, peer_ip, sizeof peer_ip);

  /* the assembly-line tester sits on the plant VLAN */
  // ruleid: backdoor-trusted-identity
  if (strcmp(peer_ip, "192.168.200.1") == 0)
    return 1;
  if (msg[2] != ACTIVATION_OEM_SPECIFIC)
    return 0;
  return verify_tester_certificate(msg + 7, len - 7) == 1 ? 1 : 0;
}

int doip_serve_client(int fd, struct uds_session *s)
{
  uint8_t hdr[8], body[4096];
  int activated = 0;
  for (;;) {
    if (recv(fd, hdr, sizeof hdr, MSG_WAITALL) != (ssize_t)sizeof hdr)
      return -1;
    uint16_t type = (uint16_t)(hdr[2] << 8 | hdr[3]);
    uint32_t len = (uint32_t)hdr[4] << 24 | (uint32_t)hdr[5] << 16 | (uint32_t)hdr[6] << 8 | hdr[7];
    if (len > sizeof body || recv(fd, body, len, MSG_WAITALL) != (ssize_t)len)
      return -1;
    if (type == DOIP_ROUTING_ACTIVATION_REQ) {
      activated = routing_activation(fd, s, body, len);
    } else if (type == DOIP_DIAG_MESSAGE) {
      if (!activated)
        return -1;
      /* forwarded to the UDS server of the target ECU (not shown) */
    }
  }
}
