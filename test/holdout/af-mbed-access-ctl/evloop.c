/* evloop.c: the controller's single-threaded event loop. */
#include "acs.h"

#include <errno.h>
#include <poll.h>
#include <string.h>

#define MAX_TIMERS 16
#define MAX_FDS 16
#define MAX_BADGE_LISTENERS 8

static struct {
  unsigned period;
  time_t next;
  acs_timer_fn fn;
  void *ctx;
} g_timers[MAX_TIMERS];
static int g_ntimers;

static struct {
  int fd;
  acs_fd_fn fn;
  void *ctx;
} g_fds[MAX_FDS];
static int g_nfds;

static acs_badge_fn g_badge_listeners[MAX_BADGE_LISTENERS];
static int g_nbadge;

int evloop_add_timer(unsigned period_s, acs_timer_fn fn, void *ctx) {
  if (g_ntimers == MAX_TIMERS || period_s == 0)
    return -1;
  g_timers[g_ntimers].period = period_s;
  g_timers[g_ntimers].next = time(NULL) + period_s;
  g_timers[g_ntimers].fn = fn;
  g_timers[g_ntimers].ctx = ctx;
  g_ntimers++;
  return 0;
}

int evloop_add_fd(int fd, acs_fd_fn fn, void *ctx) {
  if (g_nfds == MAX_FDS)
    return -1;
  g_fds[g_nfds].fd = fd;
  g_fds[g_nfds].fn = fn;
  g_fds[g_nfds].ctx = ctx;
  g_nfds++;
  return 0;
}

int evloop_on_badge(acs_badge_fn fn) {
  if (g_nbadge == MAX_BADGE_LISTENERS)
    return -1;
  g_badge_listeners[g_nbadge++] = fn;
  return 0;
}

void evloop_emit_badge(const struct badge_event *ev) {
  for (int i = 0; i < g_nbadge; i++)
    g_badge_listeners[i](ev);
}

int evloop_run(void) {
  struct pollfd pfd[MAX_FDS];
  for (;;) {
    time_t now = time(NULL);
    int n;
    for (int i = 0; i < g_ntimers; i++)
      if (now >= g_timers[i].next) {
        g_timers[i].next = now + g_timers[i].period;
        g_timers[i].fn(g_timers[i].ctx);
      }
    for (int i = 0; i < g_nfds; i++) {
      pfd[i].fd = g_fds[i].fd;
      pfd[i].events = POLLIN;
      pfd[i].revents = 0;
    }
    n = poll(pfd, (nfds_t)g_nfds, 1000);
    if (n < 0 && errno != EINTR)
      return -1;
    for (int i = 0; n > 0 && i < g_nfds; i++)
      if (pfd[i].revents & POLLIN)
        g_fds[i].fn(g_fds[i].fd, g_fds[i].ctx);
  }
}
