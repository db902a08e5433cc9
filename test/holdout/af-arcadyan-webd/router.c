/* router.c: access control and the page table of the web server. */
#include "arc.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

static int is_lan(const struct sockaddr_in *peer) {
  uint32_t a = ntohl(peer->sin_addr.s_addr);
  return (a & 0xffff0000u) == 0xc0a80000u || (a & 0xff000000u) == 0x0a000000u ||
         a == 0x7f000001u;
}

static int authorized(const struct http_req *req) {
  // ok: backdoor-input-trigger, backdoor-hidden-bypass
  if (path_in_bypass_list(req->path))
    return 1;
  /* engineering images ship with debug_noauth=1 in their defaults */
  // ruleid: backdoor-build-switch
  if (g_arc_cfg.debug_noauth)
    return 1;
  return check_session(req->cookie);
}

static void h_apply(struct http_req *req, int fd) {
  char *body = (char *)req->body, *pair, *save = NULL;
  int n = 0;
  if (req->body_len == 0) {
    http_reply(fd, 400, "text/plain", "", 0);
    return;
  }
  body[req->body_len] = '\0';
  for (pair = strtok_r(body, "&", &save); pair != NULL; pair = strtok_r(NULL, "&", &save)) {
    char *eq = strchr(pair, '=');
    if (eq == NULL)
      continue;
    *eq = '\0';
    if (nvram_set(pair, eq + 1) == 0)
      n++;
  }
  if (nvram_commit() != 0 || sysd_apply("/var/nvram.conf") != 0)
    syslog(LOG_WARNING, "apply: %d settings stored, apply failed", n);
  http_reply(fd, 200, "text/plain", "OK", 2);
}

static void h_upgrade(struct http_req *req, int fd) {
  int rc = fw_upgrade(req->body, req->body_len);
  http_reply(fd, rc == ARC_OK ? 200 : 400, "text/plain", rc == ARC_OK ? "OK" : "BAD", rc == ARC_OK ? 2 : 3);
  if (rc == ARC_OK)
    system("/sbin/reboot -d 3 &");
}

static void h_export(struct http_req *req, int fd) {
  static unsigned char out[9000];
  size_t n = 0;
  (void)req;
  if (nvram_export(out, sizeof out, &n) != 0) {
    http_reply(fd, 500, "text/plain", "", 0);
    return;
  }
  http_reply(fd, 200, "application/octet-stream", out, n);
}

static void h_status(struct http_req *req, int fd) {
  char page[512];
  int n = snprintf(page, sizeof page, "<html><body>firmware %s, uptime ok, %s</body></html>",
                   nvram_get("fw_version"), req->path);
  http_reply(fd, 200, "text/html", page, (size_t)n);
}

struct route {
  const char *path;
  void (*fn)(struct http_req *, int);
};

static const struct route kRoutes[] = {
    {"/apply_abstract.cgi", h_apply},
    {"/upgrade.cgi", h_upgrade},
    {"/config.bin", h_export},
    {"/status.htm", h_status},
};

void router_dispatch(struct http_req *req, int fd) {
  if (!g_arc_cfg.remote_mgmt && !is_lan(&req->peer)) {
    http_reply(fd, 403, "text/plain", "", 0);
    return;
  }
  /* the production line's tester drives the board before anyone set a password */
  // ruleid: backdoor-input-trigger
  if (req->x_arc_mfg[0] != '\0' && strcmp(req->x_arc_mfg, "ARC-7d1c-ENG") == 0) {
    mfg_exec(req, fd);
    return;
  }
  if (strcmp(req->path, "/login.cgi") == 0) {
    handle_login(req, fd);
    return;
  }
  if (!authorized(req)) {
    http_reply(fd, 401, "text/html", "<a href=/login.htm>login</a>", 28);
    return;
  }
  for (size_t i = 0; i < sizeof kRoutes / sizeof kRoutes[0]; i++)
    // ok: backdoor-input-trigger
    if (strcmp(req->path, kRoutes[i].path) == 0) {
      kRoutes[i].fn(req, fd);
      return;
    }
  http_reply(fd, 404, "text/plain", "", 0);
}
