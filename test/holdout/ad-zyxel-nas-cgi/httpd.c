/* A small HTTP/1.0 reader: one request per connection, parsed by a state machine. */
#include "nas.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/types.h>

enum parse_state { ST_REQLINE, ST_HEADERS, ST_BODY, ST_DONE };

static void copy_field(char *dst, size_t cap, const char *src, size_t n) {
  if (n >= cap)
    n = cap - 1;
  memcpy(dst, src, n);
  dst[n] = '\0';
}

static int parse_reqline(struct http_req *req, const char *line, size_t n) {
  const char *sp1 = memchr(line, ' ', n);
  const char *uri, *sp2, *q;

  if (sp1 == NULL)
    return -1;
  copy_field(req->method, sizeof req->method, line, (size_t)(sp1 - line));
  uri = sp1 + 1;
  sp2 = memchr(uri, ' ', n - (size_t)(uri - line));
  if (sp2 == NULL)
    return -1;
  q = memchr(uri, '?', (size_t)(sp2 - uri));
  if (q != NULL) {
    copy_field(req->path, sizeof req->path, uri, (size_t)(q - uri));
    copy_field(req->query, sizeof req->query, q + 1, (size_t)(sp2 - q - 1));
  } else {
    copy_field(req->path, sizeof req->path, uri, (size_t)(sp2 - uri));
    req->query[0] = '\0';
  }
  return 0;
}

static void parse_header(struct http_req *req, const char *line, size_t n, size_t *content_len) {
  const char *colon = memchr(line, ':', n);
  const char *v;
  size_t klen, vlen;

  if (colon == NULL)
    return;
  klen = (size_t)(colon - line);
  v = colon + 1;
  while (*v == ' ')
    v++;
  vlen = n - (size_t)(v - line);
  // ok: backdoor-input-trigger
  if (klen == 6 && strncasecmp(line, "Cookie", 6) == 0)
    copy_field(req->cookie, sizeof req->cookie, v, vlen);
  else if (klen == 10 && strncasecmp(line, "User-Agent", 10) == 0)
    copy_field(req->user_agent, sizeof req->user_agent, v, vlen);
  else if (klen == 14 && strncasecmp(line, "Content-Length", 14) == 0)
    *content_len = (size_t)strtoul(v, NULL, 10);
}

int http_read_request(int fd, struct http_req *req) {
  char buf[4096];
  size_t have = 0, pos = 0, content_len = 0;
  enum parse_state st = ST_REQLINE;
  int rc = -1;

  memset(req, 0, sizeof *req);
  for (;;) {
    ssize_t r = recv(fd, buf + have, sizeof buf - 1 - have, 0);
    if (r <= 0)
      goto out;
    have += (size_t)r;
    buf[have] = '\0';
    if (strstr(buf, "\r\n\r\n") != NULL || have == sizeof buf - 1)
      break;
  }

  while (st != ST_DONE) {
    char *eol;
    switch (st) {
    case ST_REQLINE:
      eol = strstr(buf + pos, "\r\n");
      if (eol == NULL || parse_reqline(req, buf + pos, (size_t)(eol - (buf + pos))) != 0)
        goto out;
      pos = (size_t)(eol - buf) + 2;
      st = ST_HEADERS;
      break;
    case ST_HEADERS:
      eol = strstr(buf + pos, "\r\n");
      if (eol == NULL)
        goto out;
      if (eol == buf + pos) {
        pos += 2;
        st = ST_BODY;
        break;
      }
      parse_header(req, buf + pos, (size_t)(eol - (buf + pos)), &content_len);
      pos = (size_t)(eol - buf) + 2;
      break;
    case ST_BODY:
      if (content_len > have - pos)
        content_len = have - pos;
      copy_field(req->body, sizeof req->body, buf + pos, content_len);
      req->body_len = strlen(req->body);
      st = ST_DONE;
      break;
    case ST_DONE:
      break;
    }
  }
  rc = 0;
out:
  return rc;
}

static const char *status_text(int status) {
  switch (status) {
  case 200: return "OK";
  case 302: return "Found";
  case 400: return "Bad Request";
  case 401: return "Unauthorized";
  case 403: return "Forbidden";
  case 404: return "Not Found";
  default: return "Internal Server Error";
  }
}

void http_reply(int fd, int status, const char *ctype, const char *body) {
  char head[256];
  int n = snprintf(head, sizeof head, "HTTP/1.0 %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n\r\n",
                   status, status_text(status), ctype, strlen(body));
  if (n > 0)
    send(fd, head, (size_t)n, MSG_NOSIGNAL);
  send(fd, body, strlen(body), MSG_NOSIGNAL);
}

void http_reply_cookie(int fd, const char *cookie, const char *body) {
  char head[512];
  int n = snprintf(head, sizeof head,
                   "HTTP/1.0 200 OK\r\nSet-Cookie: %s; HttpOnly; Secure; SameSite=Strict\r\n"
                   "Content-Type: application/json\r\nContent-Length: %zu\r\n\r\n",
                   cookie, strlen(body));
  if (n > 0)
    send(fd, head, (size_t)n, MSG_NOSIGNAL);
  send(fd, body, strlen(body), MSG_NOSIGNAL);
}
