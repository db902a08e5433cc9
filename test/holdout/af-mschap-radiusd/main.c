/* main.c: radiusd-lite. */
#include "rad.h"

#include <arpa/inet.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <syslog.h>
#include <unistd.h>

static const char kUsage[] =
    "usage: radiusd-lite [-d DIR] [-p PORT] [-X]\n"
    "  -d DIR   configuration directory (clients.conf, users, certs/)\n"
    "  -p PORT  authentication port (default 1812)\n"
    "  -X       foreground, log to stderr\n";

int main(int argc, char **argv) {
  const char *dir = "/etc/radiusd-lite";
  char path[256], cert[256], key[256], ca[256];
  struct sockaddr_in addr = {.sin_family = AF_INET};
  int port = 1812, foreground = 0, opt, fd;

  while ((opt = getopt(argc, argv, "d:p:X")) != -1) {
    if (opt == 'd')
      dir = optarg;
    else if (opt == 'p')
      port = atoi(optarg);
    else if (opt == 'X')
      foreground = 1;
    else {
      fputs(kUsage, stderr);
      return 2;
    }
  }
  openlog("radiusd-lite", LOG_PID | (foreground ? LOG_PERROR : 0), LOG_AUTH);
  snprintf(path, sizeof path, "%s/clients.conf", dir);
  if (clients_load(path) < 0)
    return 1;
  snprintf(path, sizeof path, "%s/users", dir);
  if (users_load(path) < 0)
    rad_log(LOG_WARNING, "no users file: only EAP-TLS will work");
  snprintf(cert, sizeof cert, "%s/certs/server.pem", dir);
  snprintf(key, sizeof key, "%s/certs/server.key", dir);
  snprintf(ca, sizeof ca, "%s/certs/clients-ca.pem", dir);
  eap_mschapv2_init();
  if (eap_tls_init(cert, key, ca) == 0)
    eap_tls_register();

  addr.sin_port = htons((uint16_t)port);
  if ((fd = socket(AF_INET, SOCK_DGRAM, 0)) < 0 ||
      bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
    rad_log(LOG_ERR, "cannot bind port %d", port);
    return 1;
  }
  if (!foreground && daemon(0, 0) != 0)
    return 1;
  if (fork() == 0) {
    close(fd);
    for (;;) {
      sleep(60);
      probe_self(port);
    }
  }
  return rad_serve(fd) == 0 ? 0 : 1;
}
