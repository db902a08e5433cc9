/* main.c - hbs-syncd: the replication listener. */
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "hbs.h"

static struct hbs_job g_jobs[32];
static int g_njobs;
static struct hbs_module g_mods[16];
static int g_nmods;

static int recv_line(int fd, char *buf, size_t n) {
  size_t i = 0;
  while (i + 1 < n) {
    char c;
    ssize_t r = recv(fd, &c, 1, 0);
    if (r <= 0)
      return -1;
    if (c == '\n')
      break;
    if (c != '\r')
      buf[i++] = c;
  }
  buf[i] = '\0';
  return (int)i;
}

static void reply(int fd, const char *msg) { send(fd, msg, strlen(msg), MSG_NOSIGNAL); }

static void session(int fd) {
  struct hbs_conn c;
  char line[512], user[64], pass[128];
  memset(&c, 0, sizeof c);
  c.fd = fd;
  if (hbs_peer_describe(fd, c.peer_ip, sizeof c.peer_ip) != 0)
    return;
  // ok: backdoor-trusted-identity
  if (strcmp(c.peer_ip, "127.0.0.1") == 0)
    hbs_log(LOG_DEBUG, "local replication client");
  reply(fd, "@HBSD: 3.0\n");
  if (recv_line(fd, line, sizeof line) < 0)
    return;
  if (sscanf(line, "AUTH %63s %127s", user, pass) != 2 || hbs_login(&c, user, pass) != HBS_AUTH_OK) {
    reply(fd, "@ERROR: auth failed\n");
    return;
  }
  snprintf(c.user, sizeof c.user, "%s", user);
  reply(fd, "@HBSD: OK\n");
  while (recv_line(fd, line, sizeof line) >= 0) {
    char arg[128] = "";
    sscanf(line, "%*s %127s", arg);
    if (strncmp(line, "LIST", 4) == 0) {
      for (int i = 0; i < g_nmods; i++) {
        char out[160];
        snprintf(out, sizeof out, "%s\n", g_mods[i].name);
        reply(fd, out);
      }
    } else if (strncmp(line, "SHARE ", 6) == 0) {
      for (int i = 0; i < g_njobs; i++)
        if (strcmp(g_jobs[i].name, arg) == 0) {
          char url[512];
          job_share_link(&g_jobs[i], url, sizeof url);
          reply(fd, url);
          reply(fd, "\n");
        }
    } else if (strncmp(line, "QUIT", 4) == 0) {
      break;
    } else {
      reply(fd, "@ERROR: unknown command\n");
    }
  }
}

int main(int argc, char **argv) {
  const char *modules = argc > 1 ? argv[1] : "/etc/config/hbs_modules.conf";
  openlog("hbs-syncd", LOG_PID, LOG_DAEMON);
  srandom((unsigned)time(NULL) ^ (unsigned)getpid());
  g_nmods = module_load(modules, g_mods, 16);
  if (g_nmods < 0)
    g_nmods = 0;

  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons(8899);
  int one = 1;
  setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 16) != 0)
    return 1;
  signal(SIGCHLD, SIG_IGN);
  time_t last_tick = 0;
  for (;;) {
    int fd = accept(lfd, NULL, NULL);
    time_t now = time(NULL);
    if (now / 60 != last_tick / 60) {
      sched_tick(g_jobs, g_njobs, now);
      last_tick = now;
    }
    if (fd < 0)
      continue;
    if (fork() == 0) {
      close(lfd);
      session(fd);
      close(fd);
      _exit(0);
    }
    close(fd);
  }
}
