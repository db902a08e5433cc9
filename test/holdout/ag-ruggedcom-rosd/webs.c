/* A small GoAhead-style embedded web server vendored into rosd. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "ros.h"

struct route { char path[64]; WebsAction fn; int is_public; };
static struct route g_routes[32];
static int g_nroutes;

void websDefineAction(const char *path, WebsAction fn, int is_public) {
  if (g_nroutes >= 32) return;
  snprintf(g_routes[g_nroutes].path, sizeof g_routes[0].path, "%s", path);
  g_routes[g_nroutes].fn = fn;
  g_routes[g_nroutes].is_public = is_public;
  g_nroutes++;
}

int websOpen(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in a = {0};
  int one = 1;
  if (fd < 0) return -1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  a.sin_family = AF_INET;
  a.sin_port = htons((uint16_t)port);
  a.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&a, sizeof a) < 0 || listen(fd, 16) < 0) { close(fd); return -1; }
  return fd;
}

static int hexval(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static void url_decode(char *dst, const char *src, size_t n) {
  size_t o = 0;
  for (; *src && o + 1 < n; src++) {
    if (*src == '%' && hexval(src[1]) >= 0 && hexval(src[2]) >= 0) {
      dst[o++] = (char)(hexval(src[1]) * 16 + hexval(src[2]));
      src += 2;
    } else if (*src == '+') {
      dst[o++] = ' ';
    } else {
      dst[o++] = *src;
    }
  }
  dst[o] = '\0';
}

static void parse_vars(Webs *wp, char *qs) {
  char *save = NULL;
  for (char *tok = strtok_r(qs, "&", &save); tok && wp->nvars < ROS_MAX_VARS;
       tok = strtok_r(NULL, "&", &save)) {
    char *eq = strchr(tok, '=');
    if (!eq) continue;
    *eq = '\0';
    url_decode(wp->vars[wp->nvars].name, tok, sizeof wp->vars[0].name);
    url_decode(wp->vars[wp->nvars].value, eq + 1, sizeof wp->vars[0].value);
    wp->nvars++;
  }
}

const char *websGetVar(Webs *wp, const char *name, const char *def) {
  for (int i = 0; i < wp->nvars; i++)
    if (strcmp(wp->vars[i].name, name) == 0) return wp->vars[i].value;
  return def;
}

void websWrite(Webs *wp, const char *fmt, ...) {
  char buf[2048];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n > 0) send(wp->fd, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1, 0);
}

void websError(Webs *wp, int code, const char *msg) {
  websWrite(wp, "HTTP/1.0 %d %s\r\nContent-Type: text/plain\r\n\r\n%s\n", code, msg, msg);
}

static int read_request(Webs *wp) {
  char raw[4096];
  ssize_t n = recv(wp->fd, raw, sizeof raw - 1, 0);
  if (n <= 0) return -1;
  raw[n] = '\0';
  char *hdr_end = strstr(raw, "\r\n\r\n");
  if (!hdr_end) return -1;
  *hdr_end = '\0';
  char *body = hdr_end + 4;
  char *save = NULL;
  char *line = strtok_r(raw, "\r\n", &save);
  if (!line) return -1;
  char target[512] = "";
  if (sscanf(line, "%7s %511s", wp->method, target) != 2) return -1;
  char *q = strchr(target, '?');
  if (q) { *q++ = '\0'; parse_vars(wp, q); }
  snprintf(wp->path, sizeof wp->path, "%s", target);
  while ((line = strtok_r(NULL, "\r\n", &save)) != NULL) {
    if (strncasecmp(line, "Cookie: ", 8) == 0) snprintf(wp->cookie, sizeof wp->cookie, "%s", line + 8);
    else if (strncasecmp(line, "User-Agent: ", 12) == 0) snprintf(wp->user_agent, sizeof wp->user_agent, "%s", line + 12);
  }
  wp->body_len = strlen(body);
  if (wp->body_len >= sizeof wp->body) wp->body_len = sizeof wp->body - 1;
  memcpy(wp->body, body, wp->body_len);
  wp->body[wp->body_len] = '\0';
  if (strcmp(wp->method, "POST") == 0) parse_vars(wp, wp->body);
  return 0;
}

int websServiceOnce(int lfd) {
  Webs wp;
  memset(&wp, 0, sizeof wp);
  wp.session_user = -1;
  wp.fd = accept(lfd, NULL, NULL);
  if (wp.fd < 0) return -1;
  if (read_request(&wp) < 0) { close(wp.fd); return -1; }
  for (int i = 0; i < g_nroutes; i++) {
    if (strcmp(g_routes[i].path, wp.path) != 0) continue;
    if (!g_routes[i].is_public) {
      wp.session_user = ros_session_find(wp.cookie);
      if (wp.session_user < 0) { websError(&wp, 401, "login required"); close(wp.fd); return 0; }
    }
    g_routes[i].fn(&wp);
    close(wp.fd);
    return 0;
  }
  websError(&wp, 404, "not found");
  close(wp.fd);
  return 0;
}
