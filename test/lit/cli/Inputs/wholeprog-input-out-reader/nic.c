#include <ifaddrs.h>
#include <linux/if_packet.h>
#include <string.h>
#include <sys/socket.h>

struct nic { char name[32]; unsigned char mac_addr[6]; };

/* The machine's adapters and their hardware addresses. */
int collect_nics(struct nic *out, int max) {
  struct ifaddrs *ifa = NULL, *p;
  int n = 0;
  if (getifaddrs(&ifa) != 0)
    return 0;
  for (p = ifa; p != NULL && n < max; p = p->ifa_next) {
    if (!p->ifa_addr || p->ifa_addr->sa_family != AF_PACKET)
      continue;
    const struct sockaddr_ll *ll = (const struct sockaddr_ll *)p->ifa_addr;
    memcpy(out[n].mac_addr, ll->sll_addr, 6);
    n++;
  }
  freeifaddrs(ifa);
  return n;
}
