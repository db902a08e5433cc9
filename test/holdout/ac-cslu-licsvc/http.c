/* http.c - the REST listener's request reader (HTTP/1.1, one request per connection) */
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/types.h>

#include "cslu.h"

static void copy_field(char *dst, size_t cap, const char *src, size_t n)
{
  if (n >= cap)
    n = cap - 1;
  memcpy(dst, src, n);
  dst[n] = '\0';
}

static void parse_basic_auth(struct http_req *r, const char *value)
{
  unsigned char raw[192];
  size_t n = 0;
  char *colon;

  if (strncasecmp(value, "Basic ", 6) != 0)
    return;
  if (b64_decode(value + 6, raw, sizeof raw - 1, &n) != 0)
    return;
  raw[n] = '\0';
  colon = strchr((char *)raw, ':');
  if (colon == NULL)
    return;
  copy_field(r->auth_user, sizeof r->auth_user, (const char *)raw, (size_t)(colon - (char *)raw));
  copy_field(r->auth_pass, sizeof r->auth_pass, colon + 1, strlen(colon + 1));
}

int http_read_request(int fd, struct http_req *r)
{
  char buf[8192];
  ssize_t got = recv(fd, buf, sizeof buf - 1, 0);
  char *line, *save = NULL, *body, *sp, *q;

  memset(r, 0, sizeof *r);
  if (got <= 0)
    return -1;
  buf[got] = '\0';

  body = strstr(buf, "\r\n\r\n");
  if (body) {
    *body = '\0';
    body += 4;
    r->body_len = (size_t)(got - (body - buf));
    copy_field(r->body, sizeof r->body, body, r->body_len);
  }

  line = strtok_r(buf, "\r\n", &save);
  if (line == NULL)
    return -1;
  sp = strchr(line, ' ');
  if (sp == NULL)
    return -1;
  copy_field(r->method, sizeof r->method, line, (size_t)(sp - line));
  line = sp + 1;
  sp = strchr(line, ' ');
  if (sp)
    *sp = '\0';
  q = strchr(line, '?');
  if (q) {
    *q = '\0';
    copy_field(r->query, sizeof r->query, q + 1, strlen(q + 1));
  }
  copy_field(r->path, sizeof r->path, line, strlen(line));

  while ((line = strtok_r(NULL, "\r\n", &save)) != NULL) {
    if (strncasecmp(line, "Authorization: ", 15) == 0)
      parse_basic_auth(r, line + 15);
  }
  return 0;
}

int http_reply(int fd, int status, const char *ctype, const char *body)
{
  char head[256];
  size_t blen = body ? strlen(body) : 0;
  int n = snprintf(head, sizeof head, "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\nConnection: close\r\n\r\n",
                   status, status == 200 ? "OK" : "Error", ctype, blen);
  if (send(fd, head, (size_t)n, 0) < 0)
    return -1;
  if (blen && send(fd, body, blen, 0) < 0)
    return -1;
  return 0;
}
