/* main.c: doorctl start-up: the readers' serial server, the management
 * link, and the listeners of badge events. */
#include "acs.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

static const char kUsage[] = "usage: doorctl [-r SERIAL-SERVER-IP] [-m MGMT-HOST] [-p MGMT-PORT]\n";

static int connect_serial_server(const char *ip, int port) {
  struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0 || inet_pton(AF_INET, ip, &a.sin_addr) != 1 || connect(fd, (struct sockaddr *)&a, sizeof a) != 0) {
    if (fd >= 0)
      close(fd);
    return -1;
  }
  return fd;
}

static int load_scbk(uint8_t scbk[16]) {
  FILE *f = fopen("/data/reader-scbk.bin", "rb");
  size_t n;
  if (f == NULL)
    return -1;
  n = fread(scbk, 1, 16, f);
  fclose(f);
  return n == 16 ? 0 : -1;
}

static void on_badge_log(const struct badge_event *ev) {
  syslog(LOG_INFO, "badge on reader %u: %s", ev->reader, ev->granted ? "granted" : "denied");
}

static void reseed_timer(void *ctx) {
  (void)ctx;
  if (acs_rng_reseed() != 0)
    syslog(LOG_WARNING, "TRNG not ready");
}

int main(int argc, char **argv) {
  const char *serial_ip = "192.168.127.254", *mgmt_host = "mgmt.site.local", *mgmt_port = "8883";
  uint8_t scbk[16];
  int opt, fd;
  while ((opt = getopt(argc, argv, "r:m:p:")) != -1) {
    if (opt == 'r')
      serial_ip = optarg;
    else if (opt == 'm')
      mgmt_host = optarg;
    else if (opt == 'p')
      mgmt_port = optarg;
    else {
      fputs(kUsage, stderr);
      return 2;
    }
  }
  openlog("doorctl", LOG_PID, LOG_DAEMON);
  if (acs_rng_init() != 0) {
    syslog(LOG_ERR, "no random generator");
    return 1;
  }
  if ((fd = connect_serial_server(serial_ip, 4001)) < 0) {
    syslog(LOG_ERR, "serial server %s unreachable", serial_ip);
    return 1;
  }
  evloop_add_fd(fd, osdp_reader_fd, osdp_reader_new(load_scbk(scbk) == 0 ? scbk : NULL));
  evloop_on_badge(audit_on_badge);
  evloop_on_badge(on_badge_log);
  evloop_add_timer(60, audit_flush, NULL);
  evloop_add_timer(300, reseed_timer, NULL);
  if (mgmt_connect(mgmt_host, mgmt_port) == 0)
    evloop_add_timer(5, mgmt_poll, NULL);
  else
    syslog(LOG_WARNING, "management server %s:%s unreachable", mgmt_host, mgmt_port);
  return evloop_run() == 0 ? 0 : 1;
}
