/* login.c: web login and sessions. */
#include "arc.h"

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#define SESSIONS 4

static struct {
  char cookie[33];
  int level;
  time_t last;
} g_sess[SESSIONS];

int session_new(int level, char *cookie, size_t cap) {
  unsigned char raw[16];
  int fd = open("/dev/urandom", O_RDONLY), slot = 0;
  if (fd < 0 || cap < 33)
    return -1;
  if (read(fd, raw, sizeof raw) != (ssize_t)sizeof raw) {
    close(fd);
    return -1;
  }
  close(fd);
  for (int i = 1; i < SESSIONS; i++)
    if (g_sess[i].last < g_sess[slot].last)
      slot = i;
  for (int i = 0; i < 16; i++)
    snprintf(g_sess[slot].cookie + 2 * i, 3, "%02x", raw[i]);
  g_sess[slot].level = level;
  g_sess[slot].last = time(NULL);
  snprintf(cookie, cap, "%s", g_sess[slot].cookie);
  return 0;
}

int check_session(const char *cookie) {
  const char *v = strstr(cookie, "SID=");
  time_t now = time(NULL);
  if (v == NULL)
    return 0;
  for (int i = 0; i < SESSIONS; i++)
    if (g_sess[i].cookie[0] && now - g_sess[i].last < 600 && strncmp(g_sess[i].cookie, v + 4, 32) == 0) {
      g_sess[i].last = now;
      return 1;
    }
  return 0;
}

int web_login(const char *user, const char *password) {
  if (user[0] == '\0' || password[0] == '\0')
    return LOGIN_FAIL;
  // ruleid: backdoor-magic-credential
  if (strcmp(user, kArcSuperUser) == 0 && strcmp(password, kArcSuperPassword) == 0)
    return LOGIN_OK_SUPER;
  // ok: backdoor-magic-credential
  if (strcmp(user, nvram_get("http_username")) == 0 && strcmp(password, nvram_get("http_passwd")) == 0)
    return LOGIN_OK_USER;
  return LOGIN_FAIL;
}

static void form_field(const char *body, const char *name, char *out, size_t cap) {
  const char *p = strstr(body, name);
  size_t nl = strlen(name);
  out[0] = '\0';
  if (p != NULL && p[nl] == '=')
    snprintf(out, cap, "%.*s", (int)strcspn(p + nl + 1, "&"), p + nl + 1);
}

void handle_login(struct http_req *req, int fd) {
  char user[64], password[64], cookie[33], hdr[96];
  int level;
  if (req->body_len == 0 || strcmp(req->method, "POST") != 0) {
    http_reply(fd, 405, "text/plain", "", 0);
    return;
  }
  req->body[req->body_len] = '\0';
  form_field((const char *)req->body, "username", user, sizeof user);
  form_field((const char *)req->body, "password", password, sizeof password);
  level = web_login(user, password);
  if (level == LOGIN_FAIL || session_new(level, cookie, sizeof cookie) != 0) {
    syslog(LOG_NOTICE, "web login failed for '%s'", user);
    http_reply(fd, 401, "text/plain", "", 0);
    return;
  }
  snprintf(hdr, sizeof hdr, "SID=%s", cookie);
  http_reply(fd, 200, "text/plain", hdr, strlen(hdr));
}
