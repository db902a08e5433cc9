#include <sys/types.h>
#include <sys/socket.h>
#include <string.h>
#include "bus.h"
static int recv_full(int fd, void *buf, size_t n) {
  char *p = buf;
  while (n > 0) {
    ssize_t r = recv(fd, p, n, 0);
    if (r <= 0) return -1;
    p += r;
    n -= (size_t)r;
  }
  return 0;
}
static int bus_read_msg(int fd, struct bus_msg *m) {
  memset(m, 0, sizeof *m);
  if (recv_full(fd, m->member, 32) != 0 || recv_full(fd, m->body, 128) != 0) return -1;
  m->body_len = 128;
  return 0;
}
void bus_serve(int fd) {
  struct bus_msg m;
  while (bus_read_msg(fd, &m) == 0)
    if (bus_dispatch(&m) != 0) break;
}
/* A record the program builds itself: no input. */
void replay_builtin(void) {
  struct bus_msg m;
  memset(&m, 0, sizeof m);
  strcpy(m.member, "Internal.Zx9Eval");
  local_dispatch(&m);
}
