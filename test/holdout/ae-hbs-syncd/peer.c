/* peer.c - who is on the other end of a connection (for logs and ACLs). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#include "hbs.h"

int hbs_peer_describe(int fd, char *ip, size_t n) {
  struct sockaddr_storage ss;
  socklen_t len = sizeof ss;
  if (getpeername(fd, (struct sockaddr *)&ss, &len) != 0)
    return -1;
  if (ss.ss_family == AF_INET) {
    const struct sockaddr_in *sin = (const struct sockaddr_in *)&ss;
    return inet_ntop(AF_INET, &sin->sin_addr, ip, (socklen_t)n) ? 0 : -1;
  }
  if (ss.ss_family == AF_INET6) {
    const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)&ss;
    return inet_ntop(AF_INET6, &sin6->sin6_addr, ip, (socklen_t)n) ? 0 : -1;
  }
  snprintf(ip, n, "local");
  return 0;
}
