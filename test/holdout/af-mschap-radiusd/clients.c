/* clients.c: the NAS clients and their shared secrets (clients.conf:
 * "name address secret" per line), plus the loopback client of the
 * watchdog's self test. */
#include "rad.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>

#define MAX_CLIENTS 64

static struct rad_client g_clients[MAX_CLIENTS];
static int g_nclients;

int clients_load(const char *path) {
  char line[256], name[32], addr[64], secret[64];
  FILE *f = fopen(path, "r");
  g_nclients = 0;
  snprintf(g_clients[0].name, sizeof g_clients[0].name, "%s", "watchdog");
  g_clients[0].addr.s_addr = htonl(INADDR_LOOPBACK);
  snprintf(g_clients[0].secret, sizeof g_clients[0].secret, "%s", kProbeSecret);
  g_nclients = 1;
  if (f == NULL) {
    rad_log(LOG_ERR, "cannot open %s", path);
    return -1;
  }
  while (fgets(line, sizeof line, f) != NULL && g_nclients < MAX_CLIENTS) {
    struct rad_client *c = &g_clients[g_nclients];
    if (line[0] == '#' || sscanf(line, "%31s %63s %63s", name, addr, secret) != 3)
      continue;
    if (inet_pton(AF_INET, addr, &c->addr) != 1) {
      rad_log(LOG_WARNING, "clients: bad address %s", addr);
      continue;
    }
    if (strlen(secret) < 16)
      rad_log(LOG_WARNING, "clients: short shared secret for %s", name);
    snprintf(c->name, sizeof c->name, "%s", name);
    snprintf(c->secret, sizeof c->secret, "%s", secret);
    g_nclients++;
  }
  fclose(f);
  return g_nclients;
}

const struct rad_client *clients_find(const struct in_addr *addr) {
  for (int i = 0; i < g_nclients; i++)
    if (g_clients[i].addr.s_addr == addr->s_addr)
      return &g_clients[i];
  return NULL;
}
