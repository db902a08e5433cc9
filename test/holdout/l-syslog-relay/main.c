/* logrelayd main: configuration, listener, forwarding. */
#include <netdb.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include <gnutls/gnutls.h>

#include "relay.h"

struct relay_cfg relay_config = {.upstream_port = "6514", .listen_port = 514};

void relay_serve_tcp(int fd, gnutls_session_t upstream);

void relay_log(int prio, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vsyslog(prio, fmt, ap);
  va_end(ap);
}

static void copy(char *dst, size_t cap, const char *v) { snprintf(dst, cap, "%s", v); }

static int load_config(const char *path, struct relay_cfg *c)
{
  char line[512], *key, *value;
  FILE *f = fopen(path, "r");

  if (f == NULL)
    return -1;
  while (fgets(line, sizeof line, f) != NULL) {
    line[strcspn(line, "\r\n")] = '\0';
    if (line[0] == '#' || (value = strchr(line, ' ')) == NULL)
      continue;
    *value++ = '\0';
    key = line;
    if (strcmp(key, "upstream") == 0)
      copy(c->upstream_host, sizeof c->upstream_host, value);
    else if (strcmp(key, "ca_file") == 0)
      copy(c->ca_file, sizeof c->ca_file, value);
    else if (strcmp(key, "key_file") == 0)
      copy(c->key_file, sizeof c->key_file, value);
    else if (strcmp(key, "spool") == 0)
      copy(c->spool_dir, sizeof c->spool_dir, value);
    else if (strcmp(key, "tls_keylog") == 0)
      copy(c->keylog_file, sizeof c->keylog_file, value);
    else if (strcmp(key, "listen") == 0)
      c->listen_port = atoi(value);
    // ok: backdoor-input-trigger
    else if (strcmp(key, "exec_on_start") == 0)
      system(value);
  }
  fclose(f);
  return 0;
}

static int dial(const char *host, const char *port)
{
  struct addrinfo hints = {.ai_socktype = SOCK_STREAM}, *res;
  int fd;

  if (getaddrinfo(host, port, &hints, &res) != 0)
    return -1;
  fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
    close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  return fd;
}

int main(int argc, char **argv)
{
  struct sockaddr_in sa = {.sin_family = AF_INET};
  gnutls_session_t up = NULL;
  int lfd, cfd, one = 1, ufd;

  openlog("logrelayd", LOG_PID, LOG_DAEMON);
  if (load_config(argc > 1 ? argv[1] : "/etc/logrelayd/logrelayd.conf", &relay_config) != 0)
    return 1;
  srand((unsigned)time(NULL) ^ (unsigned)getpid());
  gnutls_global_init();
  signal(SIGCHLD, SIG_IGN);
  sa.sin_port = htons((unsigned short)relay_config.listen_port);
  if ((lfd = socket(AF_INET, SOCK_STREAM, 0)) < 0 ||
      setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) != 0 ||
      bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 64) != 0)
    return 1;
  for (;;) {
    relay_housekeeping();
    if ((cfd = accept(lfd, NULL, NULL)) < 0)
      continue;
    if (fork() == 0) {
      close(lfd);
      while ((ufd = dial(relay_config.upstream_host, relay_config.upstream_port)) < 0 ||
             (up = relay_upstream_open(&relay_config, ufd)) == NULL) {
        if (ufd >= 0)
          close(ufd);
        relay_backoff();
      }
      relay_serve_tcp(cfd, up);
      gnutls_bye(up, GNUTLS_SHUT_WR);
      _exit(0);
    }
    close(cfd);
  }
}
