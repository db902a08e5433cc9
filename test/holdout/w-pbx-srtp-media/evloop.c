/* evloop.c - poll(2) loop with callback registration */
#include <poll.h>
#include "media.h"

#define MAX_FDS 64
static struct { int fd; media_cb cb; void *arg; } g_handlers[MAX_FDS];
static int g_n;

int ev_register(int fd, media_cb cb, void *arg) {
  if (g_n >= MAX_FDS)
    return -1;
  g_handlers[g_n].fd = fd;
  g_handlers[g_n].cb = cb;
  g_handlers[g_n].arg = arg;
  return g_n++;
}

int ev_loop(void) {
  struct pollfd p[MAX_FDS];
  for (;;) {
    for (int i = 0; i < g_n; i++) {
      p[i].fd = g_handlers[i].fd;
      p[i].events = POLLIN;
    }
    if (poll(p, (nfds_t)g_n, 1000) < 0)
      return -1;
    for (int i = 0; i < g_n; i++)
      if (p[i].revents & POLLIN)
        g_handlers[i].cb(p[i].fd, g_handlers[i].arg);
  }
}
