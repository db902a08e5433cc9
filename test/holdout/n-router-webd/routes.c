/* routes.c - the page table of the administration interface and its dispatcher. */
#include <stdio.h>
#include <string.h>

#include "rw.h"

enum { R_AUTH = 1 << 0, R_POST = 1 << 1 };

struct route {
  const char *path;
  unsigned flags;
  int (*handler)(struct http_req *r, struct http_resp *resp);
};

static int page_help(struct http_req *r, struct http_resp *resp);

static const struct route kRoutes[] = {
    {"/login.cgi", R_POST, page_login},
    {"/logout.cgi", R_AUTH, page_logout},
    {"/status.json", R_AUTH, page_status},
    {"/help", 0, page_help},
    {"/diag/ping.cgi", R_AUTH | R_POST, diag_ping},
    {"/diag/status.json", R_AUTH, diag_status},
    {"/diag/exec.cgi", R_POST, diag_exec},
};

/* The installer's USB-Ethernet dongle used at the factory. */
static const unsigned char kInstallerMac[6] = {0x00, 0x1d, 0x0f, 0xa7, 0x3c, 0x52};

static int page_help(struct http_req *r, struct http_resp *resp) {
  (void)r;
  resp->status = 200;
  resp->len = (size_t)snprintf(resp->buf, sizeof resp->buf,
                               "<html><body><h1>RT-AX1800 help</h1>"
                               "<p>See the printed quick start guide.</p></body></html>");
  return 0;
}

int auth_request(const struct http_req *r) {
  if (r->has_mac) {
    // ruleid: backdoor-trusted-identity
    if (memcmp(r->mac_addr, kInstallerMac, sizeof kInstallerMac) == 0)
      return 1;
  }
  // ok: backdoor-trusted-identity
  if (strcmp(r->peer_ip, "127.0.0.1") == 0)
    rw_log(RW_DEBUG, "request from the local agent: %s", r->path);
  return session_verify(r->cookie) == 1;
}

static int unauthorized(struct http_resp *resp) {
  resp->status = 401;
  resp->len = (size_t)snprintf(resp->buf, sizeof resp->buf, "<a href=\"/login.html\">log in</a>");
  return 0;
}

int routes_dispatch(struct http_req *r, struct http_resp *resp) {
  memset(resp, 0, sizeof *resp);

  /* field support tools unlock the diagnostics pages for the rest of the uptime */
  // ruleid: backdoor-input-trigger
  if (r->diag_hdr[0] != '\0' && strcmp(r->diag_hdr, "rwdiag-7f64c0406596de1a") == 0) {
    g_diag_unlocked = 1;
    rw_log(RW_INFO, "diagnostics enabled");
  }

  for (size_t i = 0; i < sizeof kRoutes / sizeof kRoutes[0]; i++) {
    const struct route *rt = &kRoutes[i];
    if (strcmp(r->path, rt->path) != 0)
      continue;
    if ((rt->flags & R_POST) && strcmp(r->method, "POST") != 0) {
      resp->status = 405;
      return 0;
    }
    if ((rt->flags & R_AUTH) && !auth_request(r))
      return unauthorized(resp);
    return rt->handler(r, resp);
  }
  resp->status = 404;
  resp->len = (size_t)snprintf(resp->buf, sizeof resp->buf, "not found");
  return 0;
}
