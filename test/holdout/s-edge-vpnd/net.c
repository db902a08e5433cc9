/* Sockets: the UDP tunnel port, TCP to the controller and the trace collector. */
#include <arpa/inet.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "vpnd.h"

int net_send_buf(int fd, const struct buf *b) {
  size_t off = 0;
  while (off < b->len) {
    ssize_t n = send(fd, b->data + off, b->len - off, MSG_NOSIGNAL);
    if (n <= 0)
      return -1;
    off += (size_t)n;
  }
  return 0;
}

const uint8_t *net_recv_datagram(int fd, size_t *len, struct sockaddr_in *from) {
  static uint8_t dgram[2048];
  socklen_t fl = sizeof *from;
  ssize_t n = recvfrom(fd, dgram, sizeof dgram, 0, (struct sockaddr *)from, &fl);
  if (n <= 0)
    return NULL;
  *len = (size_t)n;
  return dgram;
}

int net_connect_tcp(const char *host, uint16_t port) {
  struct addrinfo hints, *res = NULL;
  char service[8];
  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_STREAM;
  snprintf(service, sizeof service, "%u", port);
  if (getaddrinfo(host, service, &hints, &res) != 0)
    return -1;
  int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
    close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  return fd;
}
