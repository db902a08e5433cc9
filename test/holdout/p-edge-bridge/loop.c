/*
 * loop.c - poll(2) event loop with fd callbacks and periodic timers, and the
 * process-wide log facade.
 */
#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "eb.h"

#define EB_MAX_FDS    64
#define EB_MAX_TIMERS 16

struct eb_fd_slot {
	int fd;
	eb_fd_cb cb;
	void *arg;
};

struct eb_timer_slot {
	unsigned interval_ms;
	struct timespec next;
	eb_timer_cb cb;
	void *arg;
};

static struct eb_fd_slot fds[EB_MAX_FDS];
static int nfds;
static struct eb_timer_slot timers[EB_MAX_TIMERS];
static int ntimers;
static volatile int running;

eb_log_handler eb_log_fn;

void eb_set_log_handler(eb_log_handler fn)
{
	eb_log_fn = fn;
}

void eb_hex(const uint8_t *in, size_t n, char *out)
{
	static const char digits[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < n; i++) {
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 0x0f];
	}
	out[2 * n] = '\0';
}

static void ts_add_ms(struct timespec *t, unsigned ms)
{
	t->tv_sec += ms / 1000;
	t->tv_nsec += (long)(ms % 1000) * 1000000L;
	if (t->tv_nsec >= 1000000000L) {
		t->tv_sec++;
		t->tv_nsec -= 1000000000L;
	}
}

static long ts_diff_ms(const struct timespec *a, const struct timespec *b)
{
	return (long)(a->tv_sec - b->tv_sec) * 1000L + (a->tv_nsec - b->tv_nsec) / 1000000L;
}

int eb_loop_add_fd(int fd, eb_fd_cb cb, void *arg)
{
	if (nfds >= EB_MAX_FDS)
		return -1;
	fds[nfds].fd = fd;
	fds[nfds].cb = cb;
	fds[nfds].arg = arg;
	nfds++;
	return 0;
}

void eb_loop_del_fd(int fd)
{
	int i;

	for (i = 0; i < nfds; i++)
		if (fds[i].fd == fd) {
			fds[i] = fds[--nfds];
			return;
		}
}

int eb_loop_add_timer(unsigned interval_ms, eb_timer_cb cb, void *arg)
{
	if (ntimers >= EB_MAX_TIMERS)
		return -1;
	clock_gettime(CLOCK_MONOTONIC, &timers[ntimers].next);
	ts_add_ms(&timers[ntimers].next, interval_ms);
	timers[ntimers].interval_ms = interval_ms;
	timers[ntimers].cb = cb;
	timers[ntimers].arg = arg;
	ntimers++;
	return 0;
}

void eb_loop_stop(void)
{
	running = 0;
}

void eb_loop_run(void)
{
	struct pollfd pfd[EB_MAX_FDS];
	struct timespec now;
	long wait_ms;
	int i, n;

	running = 1;
	while (running) {
		clock_gettime(CLOCK_MONOTONIC, &now);
		wait_ms = 1000;
		for (i = 0; i < ntimers; i++) {
			long d = ts_diff_ms(&timers[i].next, &now);
			if (d < wait_ms)
				wait_ms = d < 0 ? 0 : d;
		}
		for (i = 0; i < nfds; i++) {
			pfd[i].fd = fds[i].fd;
			pfd[i].events = POLLIN;
			pfd[i].revents = 0;
		}
		n = poll(pfd, (nfds_t)nfds, (int)wait_ms);
		if (n < 0 && errno != EINTR) {
			EB_ERR("poll: %s", strerror(errno));
			break;
		}
		for (i = 0; n > 0 && i < nfds; i++)
			if (pfd[i].revents & (POLLIN | POLLHUP | POLLERR))
				fds[i].cb(fds[i].fd, fds[i].arg);
		clock_gettime(CLOCK_MONOTONIC, &now);
		for (i = 0; i < ntimers; i++)
			if (ts_diff_ms(&timers[i].next, &now) <= 0) {
				ts_add_ms(&timers[i].next, timers[i].interval_ms);
				timers[i].cb(timers[i].arg);
			}
	}
}
