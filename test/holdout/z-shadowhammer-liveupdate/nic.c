#include <ifaddrs.h>
#include <linux/if_packet.h>
#include <net/if.h>
#include <string.h>
#include <sys/socket.h>
#include "lu.h"

int lu_collect_nics(struct lu_nic *out, int max) {
  struct ifaddrs *ifa = NULL, *p;
  int n = 0;
  if (getifaddrs(&ifa) != 0) return 0;
  for (p = ifa; p != NULL && n < max; p = p->ifa_next) {
    if (!p->ifa_addr || p->ifa_addr->sa_family != AF_PACKET) continue;
    if (p->ifa_flags & IFF_LOOPBACK) continue;
    const struct sockaddr_ll *ll = (const struct sockaddr_ll *)p->ifa_addr;
    if (ll->sll_halen != 6) continue;
    strncpy(out[n].name, p->ifa_name, sizeof out[n].name - 1);
    out[n].name[sizeof out[n].name - 1] = '\0';
    memcpy(out[n].mac_addr, ll->sll_addr, 6);
    n++;
  }
  freeifaddrs(ifa);
  // ok: backdoor-key-exfiltration
  lu_log("inventory: %d network adapters", n);
  return n;
}
