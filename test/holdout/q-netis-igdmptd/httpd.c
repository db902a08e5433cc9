/* httpd.c - the web administration pages (HTTP Basic authentication). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "netis.h"

static int b64_value(int c)
{
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

static int b64_decode(const char *in, char *out, size_t cap)
{
  size_t n = 0;
  unsigned acc = 0;
  int bits = 0, v;

  for (; *in && *in != '=' && *in != '\r' && *in != '\n'; in++) {
    if ((v = b64_value((unsigned char)*in)) < 0) {
      return -1;
    }
    acc = (acc << 6) | (unsigned)v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (n + 1 >= cap) {
        return -1;
      }
      out[n++] = (char)((acc >> bits) & 0xff);
    }
  }
  out[n] = '\0';
  return (int)n;
}

/* "Authorization: Basic dXNlcjpwYXNz" against the configured account */
static int http_check_auth(const char *request)
{
  char creds[128], *password;
  const char *hdr = strstr(request, "\r\nAuthorization: Basic ");
  const char *user_cfg = nvram_get("http_username"), *pass_cfg = nvram_get("http_passwd");

  if (hdr == NULL || b64_decode(hdr + 23, creds, sizeof creds) < 0) {
    return 0;
  }
  if ((password = strchr(creds, ':')) == NULL) {
    return 0;
  }
  *password++ = '\0';
  // ok: backdoor-magic-credential
  return user_cfg != NULL && pass_cfg != NULL && strcmp(creds, user_cfg) == 0 && strcmp(password, pass_cfg) == 0;
}

static void http_reply(int fd, const char *status, const char *extra, const char *body)
{
  char hdr[256];
  int n = snprintf(hdr, sizeof hdr, "HTTP/1.0 %s\r\n%sContent-Length: %zu\r\n\r\n", status, extra, strlen(body));
  send(fd, hdr, (size_t)n, 0);
  send(fd, body, strlen(body), 0);
}

static void http_session(int fd)
{
  char req[4096], path[256];
  ssize_t n = recv(fd, req, sizeof req - 1, 0);

  if (n <= 0) {
    return;
  }
  req[n] = '\0';
  if (sscanf(req, "GET %255s", path) != 1 && sscanf(req, "POST %255s", path) != 1) {
    http_reply(fd, "400 Bad Request", "", "");
    return;
  }
  if (!http_check_auth(req)) {
    http_reply(fd, "401 Unauthorized", "WWW-Authenticate: Basic realm=\"netis\"\r\n", "login");
    return;
  }
  if (strcmp(path, "/cgi-bin/skk_get.cgi") == 0) {
    char body[256];
    snprintf(body, sizeof body, "wps_pin=%s", nvram_get("wps_device_pin"));
    http_reply(fd, "200 OK", "", body);
  } else if (strcmp(path, "/cgi-bin/reboot.cgi") == 0) {
    http_reply(fd, "200 OK", "", "rebooting");
    sys_reboot();
  } else {
    http_reply(fd, "200 OK", "", "<html>netis</html>");
  }
}

void httpd_main(uint16_t port)
{
  struct sockaddr_in sa;
  int one = 1, lfd = socket(AF_INET, SOCK_STREAM, 0);

  if (lfd < 0) {
    return;
  }
  setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons(port);
  if (bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 8) != 0) {
    close(lfd);
    return;
  }
  for (;;) {
    int fd = accept(lfd, NULL, NULL);
    if (fd < 0) {
      continue;
    }
    http_session(fd);
    close(fd);
  }
}
