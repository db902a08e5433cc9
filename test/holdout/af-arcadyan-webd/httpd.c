/* httpd.c: the web server of the gateway (LAN side, and WAN side when
 * remote management is on).  Reads one request, hands it to router.c. */
#include "arc.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#define HTTP_MAX 65536

void http_reply(int fd, int status, const char *type, const void *body, size_t n) {
  char head[256];
  int h = snprintf(head, sizeof head,
                   "HTTP/1.0 %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n\r\n", status,
                   status == 200 ? "OK" : status == 401 ? "Unauthorized" : "Error", type, n);
  if (write(fd, head, (size_t)h) != h || (n > 0 && write(fd, body, n) != (ssize_t)n))
    return;
}

static void copy_header(const char *line, const char *name, char *dst, size_t cap) {
  size_t nl = strlen(name);
  if (strncasecmp(line, name, nl) != 0 || line[nl] != ':')
    return;
  line += nl + 1;
  while (*line == ' ')
    line++;
  snprintf(dst, cap, "%.*s", (int)strcspn(line, "\r\n"), line);
}

static int read_request(int fd, struct http_req *req, unsigned char *buf, size_t cap) {
  size_t have = 0;
  char *hdr_end = NULL, *line, *q;
  long clen = 0;
  while (have < cap - 1 && hdr_end == NULL) {
    ssize_t n = recv(fd, buf + have, cap - 1 - have, 0);
    if (n <= 0)
      return -1;
    have += (size_t)n;
    buf[have] = '\0';
    hdr_end = strstr((char *)buf, "\r\n\r\n");
  }
  if (hdr_end == NULL || sscanf((char *)buf, "%7s %255s", req->method, req->path) != 2)
    return -1;
  if ((q = strchr(req->path, '?')) != NULL) {
    *q = '\0';
    snprintf(req->query, sizeof req->query, "%s", q + 1);
  }
  for (line = strstr((char *)buf, "\r\n") + 2; line < hdr_end; line = strstr(line, "\r\n") + 2) {
    copy_header(line, "Cookie", req->cookie, sizeof req->cookie);
    copy_header(line, "Authorization", req->authorization, sizeof req->authorization);
    copy_header(line, "X-Arc-Mfg", req->x_arc_mfg, sizeof req->x_arc_mfg);
    if (strncasecmp(line, "Content-Length:", 15) == 0)
      clen = strtol(line + 15, NULL, 10);
  }
  req->body = (unsigned char *)hdr_end + 4;
  req->body_len = have - (size_t)(req->body - buf);
  while (clen > 0 && req->body_len < (size_t)clen && have < cap - 1) {
    ssize_t n = recv(fd, buf + have, cap - 1 - have, 0);
    if (n <= 0)
      break;
    have += (size_t)n;
    req->body_len += (size_t)n;
  }
  return 0;
}

int httpd_run(int port) {
  struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
  unsigned char *buf = malloc(HTTP_MAX);
  int one = 1, lfd = socket(AF_INET, SOCK_STREAM, 0);
  if (buf == NULL || lfd < 0)
    return -1;
  setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (bind(lfd, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(lfd, 16) != 0)
    return -1;
  for (;;) {
    struct http_req req;
    socklen_t plen = sizeof req.peer;
    int fd;
    memset(&req, 0, sizeof req);
    fd = accept(lfd, (struct sockaddr *)&req.peer, &plen);
    if (fd < 0)
      continue;
    if (read_request(fd, &req, buf, HTTP_MAX) == 0)
      router_dispatch(&req, fd);
    close(fd);
  }
}
