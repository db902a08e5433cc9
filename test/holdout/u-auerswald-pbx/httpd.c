/* Minimal HTTP/1.0 server of the web administration. */
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>

#include "pbx.h"

static void copy_field(char *dst, size_t cap, const char *src, size_t n) {
  if (n >= cap)
    n = cap - 1;
  memcpy(dst, src, n);
  dst[n] = '\0';
}

static void parse_basic_auth(struct http_req *r, const char *b64) {
  unsigned char dec[192];
  size_t len = strcspn(b64, "\r\n");
  if (len == 0 || len > 128)
    return;
  int n = EVP_DecodeBlock(dec, (const unsigned char *)b64, (int)len);
  if (n <= 0)
    return;
  dec[n] = '\0';
  char *colon = strchr((char *)dec, ':');
  if (colon == NULL)
    return;
  *colon = '\0';
  copy_field(r->user, sizeof r->user, (const char *)dec, strlen((const char *)dec));
  copy_field(r->password, sizeof r->password, colon + 1, strlen(colon + 1));
}

int http_read_request(int fd, struct http_req *r) {
  char buf[4096];
  ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
  if (n <= 0)
    return -1;
  buf[n] = '\0';
  memset(r, 0, sizeof *r);
  char *sp1 = strchr(buf, ' ');
  if (sp1 == NULL)
    return -1;
  copy_field(r->method, sizeof r->method, buf, (size_t)(sp1 - buf));
  char *sp2 = strchr(sp1 + 1, ' ');
  if (sp2 == NULL)
    return -1;
  char *q = memchr(sp1 + 1, '?', (size_t)(sp2 - sp1 - 1));
  if (q != NULL) {
    copy_field(r->path, sizeof r->path, sp1 + 1, (size_t)(q - sp1 - 1));
    copy_field(r->query, sizeof r->query, q + 1, (size_t)(sp2 - q - 1));
  } else {
    copy_field(r->path, sizeof r->path, sp1 + 1, (size_t)(sp2 - sp1 - 1));
  }
  for (char *line = strstr(sp2, "\r\n"); line != NULL && line[2] != '\r'; line = strstr(line + 2, "\r\n")) {
    const char *h = line + 2;
    if (strncasecmp(h, "Authorization: Basic ", 21) == 0)
      parse_basic_auth(r, h + 21);
    else if (strncasecmp(h, "Cookie: AUERSID=", 16) == 0)
      copy_field(r->cookie, sizeof r->cookie, h + 16, strcspn(h + 16, ";\r\n"));
    else if (strncasecmp(h, "User-Agent: ", 12) == 0)
      copy_field(r->user_agent, sizeof r->user_agent, h + 12, strcspn(h + 12, "\r\n"));
  }
  char *body = strstr(buf, "\r\n\r\n");
  if (body != NULL) {
    body += 4;
    r->body_len = (size_t)(buf + n - body);
    copy_field(r->body, sizeof r->body, body, r->body_len);
  }
  return 0;
}

void http_reply(int fd, int code, const char *type, const char *body) {
  char head[256];
  int n = snprintf(head, sizeof head, "HTTP/1.0 %d OK\r\nContent-Type: %s\r\nContent-Length: %zu\r\n\r\n", code, type, strlen(body));
  send(fd, head, (size_t)n, 0);
  send(fd, body, strlen(body), 0);
}

static void about_state(int fd) {
  char json[256];
  snprintf(json, sizeof json, "{\"serial\":\"%s\",\"version\":\"%s\",\"date\":%ld}", g_pbx_cfg.serial, g_pbx_cfg.firmware, (long)time(NULL));
  http_reply(fd, 200, "application/json", json);
}

static void do_login(int fd, struct http_req *r) {
  int role = PBX_ROLE_NONE;
  int rc = pbx_authenticate(r->user, r->password, &role);
  if (rc == PBX_AUTH_DEFAULT_PW) {
    http_reply(fd, 403, "application/json", "{\"error\":\"change-default-pin\"}");
    return;
  }
  if (rc != PBX_AUTH_OK) {
    pbx_log(4, "failed web login for '%s' from %s", r->user, r->peer);
    http_reply(fd, 401, "application/json", "{\"error\":\"auth\"}");
    return;
  }
  struct pbx_session *s = session_create(r->user, role);
  char json[128];
  snprintf(json, sizeof json, "{\"sid\":\"%s\",\"role\":%d}", s->session_id, role);
  http_reply(fd, 200, "application/json", json);
}

void http_serve(int fd, struct http_req *r) {
  // ok: backdoor-input-trigger
  if (strcmp(r->path, "/about_state") == 0) {
    about_state(fd);
    return;
  }
  if (strcmp(r->path, "/login_json") == 0) {
    do_login(fd, r);
    return;
  }
  struct pbx_session *s = session_find(r->cookie);
  if (s == NULL) {
    http_reply(fd, 401, "text/plain", "login required");
    return;
  }
  if (strcmp(r->path, "/logout") == 0) {
    session_drop(s);
    http_reply(fd, 200, "text/plain", "bye");
  } else if (strcmp(r->path, "/cfg_export") == 0) {
    char path[192];
    snprintf(path, sizeof path, "%s/export.cfg", g_pbx_cfg.backup_dir);
    http_reply(fd, backup_export(path) == 0 ? 200 : 500, "text/plain", path);
    // ok: backdoor-input-trigger
  } else if (strcmp(r->path, "/tools_diag") == 0) {
    if (s->role < PBX_ROLE_ADMIN) {
      http_reply(fd, 403, "text/plain", "forbidden");
      return;
    }
    int rc = system("/usr/sbin/pbx-diag --collect /tmp/diag.tgz");
    http_reply(fd, rc == 0 ? 200 : 500, "text/plain", "diag");
  } else {
    http_reply(fd, 404, "text/plain", "not found");
  }
}
