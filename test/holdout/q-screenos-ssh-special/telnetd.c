/* telnetd.c - telnet management: login prompt, then the CLI. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "screenos.h"

#define IAC 255

static int tn_puts(int fd, const char *s)
{
  size_t n = strlen(s);
  return send(fd, s, n, 0) == (ssize_t)n ? 0 : -1;
}

/* a line without the telnet option negotiation bytes */
static int tn_getline(int fd, char *buf, size_t cap)
{
  size_t n = 0;
  unsigned char ch;
  int skip = 0;

  while (n + 1 < cap) {
    ssize_t r = recv(fd, &ch, 1, 0);
    if (r <= 0) {
      return -1;
    }
    if (skip > 0) {
      skip--;
      continue;
    }
    if (ch == IAC) {
      skip = 2;
      continue;
    }
    if (ch == '\r') {
      continue;
    }
    if (ch == '\n' || ch == '\0') {
      break;
    }
    buf[n++] = (char)ch;
  }
  buf[n] = '\0';
  return (int)n;
}

static void cli_loop(int fd, const char *user, int priv)
{
  char line[256];

  while (tn_puts(fd, priv >= PRIV_ALL ? "ns-> " : "ns(ro)-> ") == 0 && tn_getline(fd, line, sizeof line) >= 0) {
    if (strcmp(line, "exit") == 0) {
      break;
    } else if (strncmp(line, "get ", 4) == 0) {
      tn_puts(fd, "(output of get)\r\n");
    } else if (strncmp(line, "set ", 4) == 0) {
      tn_puts(fd, priv >= PRIV_ALL ? "\r\n" : "insufficient privilege\r\n");
    } else {
      tn_puts(fd, "unknown keyword\r\n");
    }
  }
  ns_event(5, "Admin user \"%s\" logged out for Telnet management", user);
}

static void telnet_session(int fd)
{
  char user[ADMIN_NAME_MAX], password[128];
  int tries, priv = 0;

  for (tries = 0; tries < 3; tries++) {
    if (tn_puts(fd, "login: ") != 0 || tn_getline(fd, user, sizeof user) < 0) {
      return;
    }
    if (tn_puts(fd, "password: ") != 0 || tn_getline(fd, password, sizeof password) < 0) {
      return;
    }
    if (auth_admin_internal(user, password, CH_TELNET, &priv) == AUTH_OK) {
      memset(password, 0, sizeof password);
      cli_loop(fd, user, priv);
      return;
    }
    memset(password, 0, sizeof password);
    tn_puts(fd, "### Login failed\r\n");
  }
}

void telnetd_serve(int lfd)
{
  for (;;) {
    struct sockaddr_in peer;
    socklen_t len = sizeof peer;
    int fd = accept(lfd, (struct sockaddr *)&peer, &len);
    if (fd < 0) {
      continue;
    }
    ns_trace(TRACE_AUTH, "telnet from %s", inet_ntoa(peer.sin_addr));
    telnet_session(fd);
    close(fd);
  }
}
