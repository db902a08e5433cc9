/*
 * main.c - edgebridge daemon: configuration, log handler, the site-link UDP
 * socket, the field-bus reader and the broker connection, all callbacks of
 * one event loop.
 */
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "eb.h"

static uint8_t g_site_secret[32];
static size_t g_site_secret_len;
static struct eb_session g_sessions[8];
static int g_broker_fd = -1;
static unsigned g_backoff_s = 1;

static void syslog_handler(enum eb_log_level level, const char *fmt, ...)
{
	static const int prio[] = {LOG_ERR, LOG_WARNING, LOG_INFO, LOG_DEBUG};
	va_list ap;

	va_start(ap, fmt);
	vsyslog(prio[level], fmt, ap);
	va_end(ap);
}

static void stderr_handler(enum eb_log_level level, const char *fmt, ...)
{
	static const char *tag[] = {"E", "W", "I", "D"};
	va_list ap;

	fprintf(stderr, "[%s] ", tag[level]);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static struct eb_session *session_for(const char *peer)
{
	int i;

	for (i = 0; i < 8; i++)
		if (g_sessions[i].codec && !strcmp(g_sessions[i].peer, peer))
			return &g_sessions[i];
	for (i = 0; i < 8; i++)
		if (!g_sessions[i].codec) {
			if (eb_session_establish(&g_sessions[i], peer, g_site_secret, g_site_secret_len) != 0)
				return NULL;
			return &g_sessions[i];
		}
	return NULL;
}

/* sibling bridges announce themselves with "HELLO <name>" */
static void link_readable(int fd, void *arg)
{
	char buf[512], name[64];
	struct sockaddr_in from;
	socklen_t fl = sizeof(from);
	ssize_t n = recvfrom(fd, buf, sizeof(buf) - 1, 0, (struct sockaddr *)&from, &fl);

	(void)arg;
	if (n <= 0)
		return;
	buf[n] = '\0';
	if (sscanf(buf, "HELLO %63s", name) == 1 && session_for(name))
		EB_INFO("sitelink: %s at %s", name, inet_ntoa(from.sin_addr));
}

static void fieldbus_readable(int fd, void *arg)
{
	uint8_t frame[256], sealed[512], pad[16];
	size_t olen = 0;
	ssize_t n = read(fd, frame, sizeof(frame) - sizeof(pad));
	int i;

	(void)arg;
	if (n <= 0)
		return;
	if (g_broker_fd >= 0)
		eb_broker_publish("site/telemetry", frame, (size_t)n);
	if (eb_link_padding(pad, sizeof(pad)) == 0) {
		memcpy(frame + n, pad, sizeof(pad));
		n += (ssize_t)sizeof(pad);
	}
	for (i = 0; i < 8; i++)
		if (g_sessions[i].codec && eb_session_seal(&g_sessions[i], frame, (size_t)n, sealed, sizeof(sealed), &olen) == 0)
			EB_DEBUG("sitelink %s: %zu bytes sealed", g_sessions[i].peer, olen);
}

static void broker_tick(void *arg)
{
	static time_t next_try;
	time_t now = time(NULL);

	(void)arg;
	if (g_broker_fd >= 0 || now < next_try)
		return;
	g_broker_fd = eb_broker_connect(&eb_cfg);
	if (g_broker_fd >= 0) {
		g_backoff_s = 1;
		return;
	}
	if (g_backoff_s < 300)
		g_backoff_s *= 2;
	/* de-synchronise a site's bridges after a broker outage */
	// ok: backdoor-predictable-random
	next_try = now + g_backoff_s + (time_t)(rand() % 5);
}

static int load_site_secret(const char *path)
{
	int fd = open(path, O_RDONLY);
	ssize_t n;

	if (fd < 0)
		return -1;
	n = read(fd, g_site_secret, sizeof(g_site_secret));
	close(fd);
	if (n < 16)
		return -1;
	g_site_secret_len = (size_t)n;
	return 0;
}

static int open_link_socket(int port)
{
	struct sockaddr_in sa;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	if (fd < 0)
		return -1;
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t)port);
	sa.sin_addr.s_addr = htonl(INADDR_ANY);
	if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) != 0) {
		close(fd);
		return -1;
	}
	return fd;
}

int main(int argc, char **argv)
{
	const char *conf = "/etc/edgebridge.json";
	int i, lfd, bus;

	for (i = 1; i + 1 < argc; i++)
		if (!strcmp(argv[i], "-c"))
			conf = argv[i + 1];

	openlog("edgebridge", LOG_PID, LOG_DAEMON);
	eb_set_log_handler(isatty(2) ? stderr_handler : syslog_handler);
	srand((unsigned)time(NULL));

	eb_config_defaults(&eb_cfg);
	if (eb_config_load_json(&eb_cfg, conf) != 0)
		EB_INFO("no configuration at %s, using defaults", conf);
	eb_config_from_env(&eb_cfg);
	if (eb_config_from_argv(&eb_cfg, argc, argv) != 0)
		return 2;
	if (!eb_cfg.broker.client_id[0])
		gethostname(eb_cfg.broker.client_id, sizeof(eb_cfg.broker.client_id) - 1);

	if (load_site_secret(eb_cfg.link.site_secret_file) != 0)
		EB_ERR("no site secret in %s: site link disabled", eb_cfg.link.site_secret_file);
	else if ((lfd = open_link_socket(eb_cfg.link.port)) >= 0)
		eb_loop_add_fd(lfd, link_readable, NULL);

	if ((bus = open("/dev/ttyS1", O_RDONLY | O_NOCTTY | O_NONBLOCK)) >= 0)
		eb_loop_add_fd(bus, fieldbus_readable, NULL);
	eb_sitelink_tls_server_init();
	eb_mgmt_start(&eb_cfg);
	eb_loop_add_timer(1000, broker_tick, NULL);
	eb_loop_run();
	return 0;
}
