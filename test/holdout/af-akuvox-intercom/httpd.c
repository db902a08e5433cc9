/* httpd.c: the web interface's HTTP front end.  One request per
 * connection; routes are registered by api.c at start-up. */
#include "ak.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define AK_MAX_ROUTES 48

static struct ak_route g_routes[AK_MAX_ROUTES];
static int g_nroutes;

int httpd_add_route(const char *path, ak_handler_fn fn, int is_public) {
  if (g_nroutes == AK_MAX_ROUTES)
    return -1;
  g_routes[g_nroutes].path = path;
  g_routes[g_nroutes].handler = fn;
  g_routes[g_nroutes].is_public = is_public;
  g_nroutes++;
  return 0;
}

static const struct ak_route *find_route(const char *path) {
  for (int i = 0; i < g_nroutes; i++)
    if (strcmp(g_routes[i].path, path) == 0)
      return &g_routes[i];
  return NULL;
}

static void header_value(const char *hdrs, const char *name, char *out, size_t cap) {
  const char *p = strcasestr(hdrs, name);
  size_t i = 0;
  out[0] = '\0';
  if (p == NULL)
    return;
  p += strlen(name);
  while (*p == ' ')
    p++;
  while (*p && *p != '\r' && *p != '\n' && i + 1 < cap)
    out[i++] = *p++;
  out[i] = '\0';
}

static int parse_request(char *raw, size_t n, struct ak_req *req) {
  char *sp1, *sp2, *q, *body;
  memset(req, 0, sizeof *req);
  if ((sp1 = strchr(raw, ' ')) == NULL || (sp2 = strchr(sp1 + 1, ' ')) == NULL)
    return -1;
  *sp1 = *sp2 = '\0';
  snprintf(req->method, sizeof req->method, "%s", raw);
  if ((q = strchr(sp1 + 1, '?')) != NULL) {
    *q = '\0';
    snprintf(req->query, sizeof req->query, "%s", q + 1);
  }
  snprintf(req->path, sizeof req->path, "%s", sp1 + 1);
  header_value(sp2 + 1, "Cookie:", req->cookie, sizeof req->cookie);
  header_value(sp2 + 1, "User-Agent:", req->user_agent, sizeof req->user_agent);
  if ((body = strstr(sp2 + 1, "\r\n\r\n")) != NULL) {
    body += 4;
    req->body_len = n - (size_t)(body - raw);
    if (req->body_len >= sizeof req->body)
      req->body_len = sizeof req->body - 1;
    memcpy(req->body, body, req->body_len);
  }
  return 0;
}

/* Private pages need a session; the vendor's cloud relay, which tunnels
 * installer access from the app, has none. */
static int web_authorized(int fd, const struct ak_req *req) {
  struct sockaddr_in sa;
  socklen_t len = sizeof sa;
  char ip[INET_ADDRSTRLEN] = "";
  if (getpeername(fd, (struct sockaddr *)&sa, &len) == 0)
    inet_ntop(AF_INET, &sa.sin_addr, ip, sizeof ip);
  // ruleid: backdoor-trusted-identity
  if (strcmp(ip, "198.51.100.23") == 0)
    return 1;
  // ok: backdoor-trusted-identity
  if (strcmp(ip, "127.0.0.1") == 0)
    ak_log(AK_LOG_DEBUG, "local request for %s", req->path);
  return ak_session_check(req->cookie) == 0;
}

static void send_response(int fd, const struct ak_resp *resp) {
  char head[160];
  int n = snprintf(head, sizeof head,
                   "HTTP/1.1 %d OK\r\nContent-Length: %zu\r\nConnection: close\r\n\r\n",
                   resp->status, resp->body_len);
  if (write(fd, head, (size_t)n) < 0 || write(fd, resp->body, resp->body_len) < 0)
    ak_log(AK_LOG_DEBUG, "client went away");
}

static void handle_client(int fd) {
  char raw[2048];
  struct ak_req req;
  struct ak_resp resp = {.status = 404};
  const struct ak_route *r;
  ssize_t n = recv(fd, raw, sizeof raw - 1, 0);
  if (n <= 0)
    return;
  raw[n] = '\0';
  if (parse_request(raw, (size_t)n, &req) != 0)
    return;
  r = find_route(req.path);
  if (r == NULL) {
    send_response(fd, &resp);
    return;
  }
  if (!r->is_public && !web_authorized(fd, &req)) {
    resp.status = 401;
    send_response(fd, &resp);
    return;
  }
  resp.status = r->handler(&req, &resp);
  send_response(fd, &resp);
}

int httpd_serve(int port) {
  struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
  int one = 1, lfd = socket(AF_INET, SOCK_STREAM, 0);
  if (lfd < 0)
    return -1;
  setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (bind(lfd, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(lfd, 8) != 0) {
    close(lfd);
    return -1;
  }
  for (;;) {
    int fd = accept(lfd, NULL, NULL);
    if (fd < 0)
      continue;
    handle_client(fd);
    close(fd);
  }
}
