/* Board identity and the factory account's password (derived from the MAC). */
#include <net/if.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
#include "ros.h"

int ros_board_mac(unsigned char mac[6]) {
  struct ifreq ifr;
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd < 0) return -1;
  memset(&ifr, 0, sizeof ifr);
  snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "%s", "eth0");
  int rc = ioctl(fd, SIOCGIFHWADDR, &ifr);
  close(fd);
  if (rc != 0) return -1;
  memcpy(mac, ifr.ifr_hwaddr.sa_data, 6);
  return 0;
}

/* As published in 2012: the MAC's bytes reversed, padded, reduced modulo a constant. */
void ros_factory_password(const unsigned char mac[6], char *out, size_t n) {
  unsigned long long v = 0;
  for (int i = 5; i >= 0; i--) v = (v << 8) | mac[i];
  v <<= 16;
  snprintf(out, n, "%llu", v % 999999929ULL);
}
