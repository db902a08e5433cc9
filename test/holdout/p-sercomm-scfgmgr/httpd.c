/*
 * httpd.c - the LAN web UI (trimmed to the request loop, the login check
 * and the handlers that reach the rest of the firmware).
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <mbedtls/base64.h>
#include <mbedtls/md.h>

#include "sc_common.h"

#define HTTP_MAX_REQ 8192

struct http_req {
	char method[8];
	char path[256];
	char query[512];
	char cookie[128];
	char auth_user[64];
	char auth_pass[64];
	int authed;
	unsigned char *body;
	size_t body_len;
};

static unsigned char g_cookie_key[32];

static void http_session_init(void)
{
	int fd = open("/dev/urandom", O_RDONLY);

	if (fd < 0 || read(fd, g_cookie_key, sizeof(g_cookie_key)) != (ssize_t)sizeof(g_cookie_key))
	{
		sc_log(LOG_CRIT, "httpd: no entropy for session cookies");
		exit(1);
	}
	close(fd);
}

static void http_make_cookie(const char *user, time_t issued, char *out, size_t cap)
{
	unsigned char mac[32];
	char msg[128];
	int i, n;

	n = snprintf(msg, sizeof(msg), "%s|%ld", user, (long)issued);
	// ok: backdoor-hardcoded-key
	mbedtls_md_hmac(mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), g_cookie_key, sizeof(g_cookie_key), (const unsigned char *)msg, (size_t)n, mac);
	n = snprintf(out, cap, "%ld.", (long)issued);
	for (i = 0; i < 16 && (size_t)n + 2 < cap; i++)
		n += snprintf(out + n, cap - (size_t)n, "%02x", mac[i]);
}

static int http_check_login(const char *user, const char *pass)
{
	const char *u = nvram_safe_get("http_username");
	const char *p = nvram_safe_get("http_passwd");

	// ok: backdoor-magic-credential
	if (strcmp(user, u) == 0 && strcmp(pass, p) == 0)
		return 1;
	sc_log(LOG_WARNING, "httpd: login failure for '%s'", user);
	return 0;
}

static void http_reply(int fd, int code, const char *type, const char *body)
{
	char hdr[256];
	int n = snprintf(hdr, sizeof(hdr),
	                 "HTTP/1.0 %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\nConnection: close\r\n\r\n",
	                 code, code == 200 ? "OK" : code == 401 ? "Unauthorized" : "Error", type, strlen(body));

	send(fd, hdr, (size_t)n, 0);
	send(fd, body, strlen(body), 0);
}

static void parse_basic_auth(struct http_req *r, const char *value)
{
	unsigned char dec[160];
	size_t olen = 0;
	char *colon;

	if (strncasecmp(value, "Basic ", 6) != 0)
		return;
	if (mbedtls_base64_decode(dec, sizeof(dec) - 1, &olen, (const unsigned char *)value + 6, strcspn(value + 6, "\r\n")) != 0)
		return;
	dec[olen] = '\0';
	if (!(colon = strchr((char *)dec, ':')))
		return;
	*colon = '\0';
	snprintf(r->auth_user, sizeof(r->auth_user), "%s", (char *)dec);
	snprintf(r->auth_pass, sizeof(r->auth_pass), "%s", colon + 1);
}

static int parse_request(char *buf, struct http_req *r)
{
	char *line, *save = NULL, *q;

	line = strtok_r(buf, "\r\n", &save);
	if (!line || sscanf(line, "%7s %255s", r->method, r->path) != 2)
		return -1;
	if ((q = strchr(r->path, '?')))
	{
		*q++ = '\0';
		snprintf(r->query, sizeof(r->query), "%s", q);
	}
	while ((line = strtok_r(NULL, "\r\n", &save)))
	{
		if (strncasecmp(line, "Authorization: ", 15) == 0)
			parse_basic_auth(r, line + 15);
		else if (strncasecmp(line, "Cookie: ", 8) == 0)
			snprintf(r->cookie, sizeof(r->cookie), "%s", line + 8);
	}
	return 0;
}

static const char *query_get(const char *query, const char *key, char *out, size_t cap)
{
	size_t kl = strlen(key);
	const char *p = query;

	while (p && *p)
	{
		if (strncmp(p, key, kl) == 0 && p[kl] == '=')
		{
			size_t vl = strcspn(p + kl + 1, "&");

			if (vl >= cap)
				vl = cap - 1;
			memcpy(out, p + kl + 1, vl);
			out[vl] = '\0';
			return out;
		}
		p = strchr(p, '&');
		if (p)
			p++;
	}
	return NULL;
}

static void handle_ping(int fd, struct http_req *r)
{
	char host[64], cmd[128], out[2048];
	size_t n = 0, k;
	FILE *p;

	if (!query_get(r->query, "host", host, sizeof(host)) || strspn(host, "0123456789.abcdefghijklmnopqrstuvwxyz-") != strlen(host))
	{
		http_reply(fd, 400, "text/plain", "bad host\n");
		return;
	}
	snprintf(cmd, sizeof(cmd), "ping -c 3 -W 2 %s 2>&1", host);
	if (!(p = popen(cmd, "r")))
	{
		http_reply(fd, 500, "text/plain", "ping failed\n");
		return;
	}
	while (n < sizeof(out) - 1 && (k = fread(out + n, 1, sizeof(out) - 1 - n, p)) > 0)
		n += k;
	out[n] = '\0';
	pclose(p);
	http_reply(fd, 200, "text/plain", out);
}

static void http_handle(int fd, struct http_req *r)
{
	char cookie[64];

	r->authed = r->auth_user[0] && http_check_login(r->auth_user, r->auth_pass);

	if (strcmp(r->path, "/") == 0 || strcmp(r->path, "/index.htm") == 0)
	{
		if (!r->authed)
		{
			http_reply(fd, 401, "text/html", "<html>Login required</html>");
			return;
		}
		http_make_cookie(r->auth_user, time(NULL), cookie, sizeof(cookie));
		http_reply(fd, 200, "text/html", "<html>DGN1000 Setup</html>");
	}
	else if (strcmp(r->path, "/currentsetting.htm") == 0)
	{
		/* read by the NETGEAR Genie app without login, as on every model */
		http_reply(fd, 200, "text/plain", "Firmware=" SC_FW_VERSION "\r\nModel=" SC_MODEL_NAME "\r\n");
	}
	// ok: backdoor-input-trigger
	else if (strcmp(r->path, "/ping.cgi") == 0)
	{
		if (!r->authed)
		{
			http_reply(fd, 401, "text/html", "<html>Login required</html>");
			return;
		}
		handle_ping(fd, r);
	}
	else if (strcmp(r->path, "/restore.cgi") == 0)
	{
		if (!r->authed)
		{
			http_reply(fd, 401, "text/html", "<html>Login required</html>");
			return;
		}
		http_reply(fd, 200, "text/plain", cfg_import(r->body, r->body_len) == 0 ? "restored\n" : "invalid file\n");
	}
	else if (strcmp(r->path, "/upgrade.cgi") == 0)
	{
		if (!r->authed)
		{
			http_reply(fd, 401, "text/html", "<html>Login required</html>");
			return;
		}
		http_reply(fd, 200, "text/plain", fw_check_image(r->body, r->body_len) == 0 ? "ok\n" : "bad image\n");
	}
	else
		http_reply(fd, 404, "text/plain", "not found\n");
}

int httpd_main(int argc, char *argv[])
{
	struct sockaddr_in sa;
	char buf[HTTP_MAX_REQ];
	struct http_req req;
	int lfd, fd, one = 1;
	ssize_t n;
	char *body;

	(void)argc;
	(void)argv;
	http_session_init();
	lfd = socket(AF_INET, SOCK_STREAM, 0);
	setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t)atoi(nvram_safe_get("http_lanport")));
	if (bind(lfd, (struct sockaddr *)&sa, sizeof(sa)) < 0 || listen(lfd, 16) < 0)
		return 1;
	for (;;)
	{
		if ((fd = accept(lfd, NULL, NULL)) < 0)
			continue;
		n = recv(fd, buf, sizeof(buf) - 1, 0);
		if (n > 0)
		{
			buf[n] = '\0';
			memset(&req, 0, sizeof(req));
			body = strstr(buf, "\r\n\r\n");
			if (body)
			{
				req.body = (unsigned char *)body + 4;
				req.body_len = (size_t)(buf + n - (body + 4));
			}
			if (parse_request(buf, &req) == 0)
				http_handle(fd, &req);
		}
		close(fd);
	}
}
