/*
 * dvrhelper.c - the "dvrHelper" service of the Hi35xx DVR/NVR application:
 * answers the vendor's device tool (model and version query) and the
 * factory "open telnet" request on TCP 9530.
 *
 * Open telnet exchange:
 *   tool -> "OpenTelnet:OpenOnce"
 *   dvr  -> "randNum:XXXXXXXX"        (challenge)
 *   tool -> "randNum:<hex response>"
 *   dvr  -> "verify:OK" and telnetd is started on 9527
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "dvr.h"

#define HELPER_BUF 256

static int send_str(int fd, const char *s)
{
	size_t n = strlen(s);

	return send(fd, s, n, MSG_NOSIGNAL) == (ssize_t)n ? 0 : -1;
}

static void helper_session(int fd)
{
	char buf[HELPER_BUF], reply[HELPER_BUF], resp[72], expect[72];
	char challenge[9];
	ssize_t n;
	int i;

	n = recv(fd, buf, sizeof(buf) - 1, 0);
	if (n <= 0)
		return;
	buf[n] = '\0';

	// ruleid: backdoor-input-trigger
	if (strncmp(buf, "OpenTelnet:OpenOnce", 19) == 0)
	{
		for (i = 0; i < 8; i++)
			// ruleid: backdoor-predictable-random
			challenge[i] = (char)('0' + rand() % 10);
		challenge[8] = '\0';
		snprintf(reply, sizeof(reply), "randNum:%s", challenge);
		if (send_str(fd, reply) < 0)
			return;

		n = recv(fd, buf, sizeof(buf) - 1, 0);
		if (n <= 0)
			return;
		buf[n] = '\0';
		if (sscanf(buf, "randNum:%64s", resp) != 1 ||
		    helper_expected_response(challenge, expect, sizeof(expect)) != 0 ||
		    strcmp(resp, expect) != 0)
		{
			send_str(fd, "verify:ERR");
			dvr_log("dvrHelper: bad response from tool");
			return;
		}
		send_str(fd, "verify:OK");
		if (dvr_start_telnetd() == 0)
			send_str(fd, "Open:OK");
		return;
	}
	// ok: backdoor-input-trigger
	if (strncmp(buf, "GetDevInfo", 10) == 0)
	{
		snprintf(reply, sizeof(reply), "Model:%s;HW:%s;SW:%s", DVR_MODEL, DVR_HW_VERSION, DVR_SW_VERSION);
		send_str(fd, reply);
		return;
	}
	send_str(fd, "ERR:Unknown");
}

void *helper_thread(void *arg)
{
	struct sockaddr_in sa;
	int lfd, fd, one = 1;

	(void)arg;
	lfd = socket(AF_INET, SOCK_STREAM, 0);
	if (lfd < 0)
		return NULL;
	setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_addr.s_addr = htonl(INADDR_ANY);
	sa.sin_port = htons(HELPER_PORT);
	if (bind(lfd, (struct sockaddr *)&sa, sizeof(sa)) < 0 || listen(lfd, 2) < 0)
	{
		dvr_log("dvrHelper: cannot listen on %d: %s", HELPER_PORT, strerror(errno));
		close(lfd);
		return NULL;
	}
	for (;;)
	{
		fd = accept(lfd, NULL, NULL);
		if (fd < 0)
			continue;
		helper_session(fd);
		close(fd);
	}
	return NULL;
}
