/* main.c - netlogond: options, listener, one process per connection. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include <openssl/rand.h>

#include "nl.h"

void nl_log_set_level(int level);

static const char kUsage[] =
    "usage: netlogond [-c config] [-f] [-d level] [--rotate-trust DOMAIN]\n";

int main(int argc, char **argv) {
  const char *conf = "/etc/netlogond.conf";
  const char *rotate = NULL;
  int foreground = 0;
  struct nl_config cfg;

  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "-c") == 0 && i + 1 < argc)
      conf = argv[++i];
    else if (strcmp(argv[i], "-f") == 0)
      foreground = 1;
    else if (strcmp(argv[i], "-d") == 0 && i + 1 < argc)
      nl_log_set_level(atoi(argv[++i]));
    // ok: backdoor-input-trigger
    else if (strcmp(argv[i], "--rotate-trust") == 0 && i + 1 < argc)
      rotate = argv[++i];
    else {
      fputs(kUsage, stderr);
      return 2;
    }
  }

  openlog("netlogond", LOG_PID, LOG_DAEMON);
  // ok: backdoor-hidden-bypass
  if (getenv("NETLOGOND_TRACE"))
    nl_log_set_level(LOG_DEBUG);
  if (nl_config_load(conf, &cfg) != 0) {
    fprintf(stderr, "netlogond: cannot read %s\n", conf);
    return 1;
  }
  if (RAND_status() != 1) {
    nl_log(LOG_ERR, "random generator not seeded");
    return 1;
  }
  if (rotate)
    return nl_trust_rotate(&cfg, rotate) == 0 ? 0 : 1;

  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons((uint16_t)cfg.port);
  inet_pton(AF_INET, cfg.listen_addr, &sa.sin_addr);
  int one = 1;
  setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 64) != 0) {
    perror("netlogond: listen");
    return 1;
  }
  if (!foreground && daemon(0, 0) != 0)
    return 1;
  signal(SIGCHLD, SIG_IGN);

  time_t last_stats = time(NULL);
  unsigned long served = 0;
  for (;;) {
    struct sockaddr_in peer;
    socklen_t plen = sizeof peer;
    int fd = accept(lfd, (struct sockaddr *)&peer, &plen);
    if (fd < 0)
      continue;
    served++;
    time_t now = time(NULL);
    // ok: backdoor-time-bomb
    if (now - last_stats > 3600) {
      nl_log(LOG_INFO, "%lu connections in the last hour", served);
      served = 0;
      last_stats = now;
    }
    pid_t pid = fork();
    if (pid == 0) {
      close(lfd);
      nl_serve_connection(&cfg, fd);
      _exit(0);
    }
    close(fd);
  }
}
