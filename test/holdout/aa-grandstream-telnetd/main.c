#include <arpa/inet.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>
#include "gxv.h"

int main(int argc, char **argv)
{
  const char *accounts = "/etc/gxv/console.users";
  struct sockaddr_in a, peer;
  socklen_t plen;
  int one = 1;

  for (int i = 1; i < argc; i++) {
    // ok: backdoor-input-trigger
    if (strcmp(argv[i], "-f") == 0 && i + 1 < argc)
      accounts = argv[++i];
  }
  openlog("gxv-telnetd", LOG_PID, LOG_DAEMON);
  signal(SIGCHLD, SIG_IGN);
  if (auth_load(accounts) < 0)
    syslog(LOG_WARNING, "no console accounts in %s", accounts);

  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  if (lfd < 0)
    return 1;
  setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_port = htons(23);
  if (bind(lfd, (struct sockaddr *)&a, sizeof a) != 0 || listen(lfd, 4) != 0)
    return 1;
  for (;;) {
    plen = sizeof peer;
    int fd = accept(lfd, (struct sockaddr *)&peer, &plen);
    if (fd < 0)
      continue;
    if (fork() == 0) {
      close(lfd);
      session_run(fd, &peer);
      _exit(0);
    }
    close(fd);
  }
}
