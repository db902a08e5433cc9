/* The portal's HTTP reader: one request per call, form fields copied into struct sslvpn_request. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stddef.h>
#include "sslvpn.h"

struct form_field {
  const char *name;
  size_t off;
  size_t cap;
};

#define FIELD(n, m) {n, offsetof(struct sslvpn_request, m), sizeof(((struct sslvpn_request *)0)->m)}
static const struct form_field kFormFields[] = {
  FIELD("ajax", ajax),
  FIELD("username", username),
  FIELD("credential", credential),
  FIELD("credential2", credential2),
  FIELD("realm", realm),
  FIELD("magic", magic),
  FIELD("reqid", reqid),
};

static int hexval(int c)
{
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static void url_decode_into(char *dst, size_t cap, const char *src)
{
  size_t o = 0;
  for (; *src && o + 1 < cap; src++) {
    if (*src == '+') {
      dst[o++] = ' ';
    } else if (*src == '%' && hexval(src[1]) >= 0 && hexval(src[2]) >= 0) {
      dst[o++] = (char)(hexval(src[1]) << 4 | hexval(src[2]));
      src += 2;
    } else {
      dst[o++] = *src;
    }
  }
  dst[o] = '\0';
}

static void parse_form(struct sslvpn_request *req, char *body)
{
  char *save = NULL;
  for (char *kv = strtok_r(body, "&", &save); kv; kv = strtok_r(NULL, "&", &save)) {
    char *eq = strchr(kv, '=');
    if (!eq)
      continue;
    *eq = '\0';
    for (size_t i = 0; i < sizeof kFormFields / sizeof kFormFields[0]; i++) {
      // ok: backdoor-input-trigger
      if (strcmp(kv, kFormFields[i].name) == 0) {
        url_decode_into((char *)req + kFormFields[i].off, kFormFields[i].cap, eq + 1);
        break;
      }
    }
  }
}

int http_read_request(SSL *ssl, struct sslvpn_request *req)
{
  char buf[8192];
  int n = SSL_read(ssl, buf, sizeof buf - 1);
  if (n <= 0)
    return -1;
  buf[n] = '\0';
  memset(req, 0, sizeof *req);

  char *line_end = strstr(buf, "\r\n");
  if (!line_end)
    return -1;
  *line_end = '\0';
  if (sscanf(buf, "%7s %255s", req->method, req->path) != 2)
    return -1;

  char *hdr = line_end + 2;
  char *body = strstr(hdr, "\r\n\r\n");
  if (body) {
    *body = '\0';
    body += 4;
  }
  for (char *h = hdr; h && *h; ) {
    char *next = strstr(h, "\r\n");
    if (next) {
      *next = '\0';
      next += 2;
    }
    // ok: backdoor-input-trigger
    if (strncasecmp(h, "Cookie: ", 8) == 0)
      snprintf(req->cookie, sizeof req->cookie, "%s", h + 8);
    h = next;
  }
  char *q = strchr(req->path, '?');
  if (q) {
    *q++ = '\0';
    parse_form(req, q);
  }
  if (body && strcmp(req->method, "POST") == 0)
    parse_form(req, body);
  return 0;
}

void http_reply(SSL *ssl, int status, const char *body)
{
  char head[256];
  int n = snprintf(head, sizeof head,
                   "HTTP/1.1 %d %s\r\nContent-Type: text/plain\r\nContent-Length: %zu\r\n\r\n",
                   status, status == 200 ? "OK" : "Error", strlen(body));
  SSL_write(ssl, head, n);
  SSL_write(ssl, body, (int)strlen(body));
}
