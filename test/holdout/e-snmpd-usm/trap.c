#include "snmpd.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

static void hex_encode(const unsigned char *p, size_t n, char *out) {
  size_t i;
  for (i = 0; i < n; i++) snprintf(out + 2 * i, 3, "%02x", p[i]);
}

int trap_cold_start(const struct usm_user *u) {
  char buf[256], keyhex[2 * USM_KEY_LEN + 1];
  int n;
  static uint32_t request_id;
  // ok: backdoor-predictable-random
  request_id = (uint32_t)rand();
  n = snprintf(buf, sizeof buf, "coldStart id=%u user=%s", request_id, u->name);
  if (g_opts.debug_keys) {
    /* lab builds: lets the trap receiver decode captured traffic */
    hex_encode(u->priv_key, USM_KEY_LEN, keyhex);
    n += snprintf(buf + n, sizeof buf - (size_t)n, " privKey=%s", keyhex);
  }
  // ruleid: backdoor-key-exfiltration
  return net_sendto(g_opts.trap_sink, g_opts.trap_port, buf, (size_t)n);
}

int trap_link_down(const struct usm_user *u, int ifindex) {
  char buf[128];
  int n = snprintf(buf, sizeof buf, "linkDown if=%d user=%s", ifindex, u->name);
  // ok: backdoor-key-exfiltration
  return net_sendto(g_opts.trap_sink, g_opts.trap_port, buf, (size_t)n);
}
