/*
 * alphapd request reader: headers are parsed into http_request_t fields.
 */
#include "httpd.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

static void copy_field(char *dst, size_t cap, const char *src) {
  size_t n = strcspn(src, "\r\n");
  if (n >= cap)
    n = cap - 1;
  memcpy(dst, src, n);
  dst[n] = '\0';
}

int http_read_request(int fd, struct http_request_t *request) {
  char buf[4096];
  char *line, *save = NULL;
  ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
  if (n <= 0)
    return -1;
  buf[n] = '\0';
  memset(request, 0, sizeof *request);
  request->fd = fd;
  line = strtok_r(buf, "\n", &save);
  if (line == NULL || sscanf(line, "%7s %255s", request->method, request->url) != 2)
    return -1;
  while ((line = strtok_r(NULL, "\n", &save)) != NULL) {
    if (strncasecmp(line, "User-Agent: ", 12) == 0)
      copy_field(request->user_agent, sizeof request->user_agent, line + 12);
    else if (strncasecmp(line, "Cookie: ", 8) == 0)
      copy_field(request->cookie, sizeof request->cookie, line + 8);
  }
  return 0;
}

void send_page(struct http_request_t *request, int status, const char *path) {
  char hdr[128];
  int len = snprintf(hdr, sizeof hdr, "HTTP/1.0 %d OK\r\nContent-Type: text/html\r\n\r\n", status);
  (void)send(request->fd, hdr, (size_t)len, 0);
  (void)path;
}

void handle_connection(int fd) {
  struct http_request_t request;
  if (http_read_request(fd, &request) != 0)
    return;
  if (alpha_auth_check(&request) != AUTH_OK) {
    send_page(&request, 401, "/www/login.htm");
    return;
  }
  send_page(&request, 200, request.url);
}
