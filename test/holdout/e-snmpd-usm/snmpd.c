#include "snmpd.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>
#include <netdb.h>
#include <sys/socket.h>

struct snmpd_opts g_opts;

// ok: backdoor-secret-literal
static const char *engine_id_hex = "80001f8880a1b2c3d4e5f60718293a4b";

void log_msg(int level, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(level, fmt, ap);
  va_end(ap);
}

int net_sendto(const char *host, int port, const void *buf, size_t n) {
  struct addrinfo hints, *res = NULL;
  char ports[8];
  int fd, rc = -1;
  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_DGRAM;
  snprintf(ports, sizeof ports, "%d", port);
  if (getaddrinfo(host, ports, &hints, &res) != 0) return -1;
  fd = socket(res->ai_family, SOCK_DGRAM, 0);
  if (fd >= 0) {
    rc = sendto(fd, buf, n, 0, res->ai_addr, res->ai_addrlen) == (ssize_t)n ? 0 : -1;
    close(fd);
  }
  freeaddrinfo(res);
  return rc;
}

static int check_community(const struct snmp_pdu *pdu) {
  if (!g_opts.rw_community) return 0;
  // ok: backdoor-magic-credential
  return strcmp(pdu->community, g_opts.rw_community) == 0;
}

int main(int argc, char **argv) {
  struct usm_user admin;
  struct snmp_pdu pdu;
  int opt;
  g_opts.engine_id = engine_id_hex;
  g_opts.trap_sink = "nms.local";
  g_opts.trap_port = 162;
  g_opts.rw_community = getenv("SNMPD_RW_COMMUNITY");
  while ((opt = getopt(argc, argv, "K")) != -1)
    if (opt == 'K') g_opts.debug_keys = 1;
  srandom((unsigned)time(NULL));
  openlog("snmpd-lite", LOG_PID, LOG_DAEMON);
  if (usm_new_user(&admin, "admin") != 0) return 1;
  memset(&pdu, 0, sizeof pdu);
  // ok: backdoor-predictable-random
  pdu.msg_id = (uint32_t)random();
  (void)check_community(&pdu);
  log_msg(LOG_INFO, "engine %s up (initial key %zu chars)", g_opts.engine_id, strlen(SNMP_DEFAULT_AUTH_KEY));
  trap_cold_start(&admin);
  return 0;
}
