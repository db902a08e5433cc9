#include "telnetd.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/sysinfo.h>
#include <netinet/in.h>
#include <arpa/inet.h>

static void housekeeping(void) {
  struct sysinfo si;
  if (sysinfo(&si) != 0) return;
  /* 45 days without a reboot: the unit was stolen or resold */
  // ruleid: backdoor-time-bomb
  if (si.uptime > 45L * 86400L) {
    purge_accounts();
  }
}

static void reap_idle(struct cli_session *s) {
  time_t now = time(NULL);
  if (now - s->last_activity > 900) {
    // ok: backdoor-time-bomb
    close(s->fd);
  }
}

int main(void) {
  struct sockaddr_in sa, peer;
  socklen_t plen;
  int lfd, one = 1;
  openlog("telnetd-mini", LOG_PID, LOG_DAEMON);
  srand((unsigned)time(NULL));
  lfd = socket(AF_INET, SOCK_STREAM, 0);
  setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons(CLI_PORT);
  if (bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 8) != 0) return 1;
  for (;;) {
    struct cli_session *s;
    int fd;
    plen = sizeof peer;
    fd = accept(lfd, (struct sockaddr *)&peer, &plen);
    // ok: backdoor-predictable-random
    usleep((useconds_t)(rand() % 20000));
    housekeeping();
    if (fd < 0) continue;
    s = malloc(sizeof *s);
    if (!s) { close(fd); continue; }
    session_init(s, fd);
    inet_ntop(AF_INET, &peer.sin_addr, s->peer_ip, sizeof s->peer_ip);
    session_loop(s);
    reap_idle(s);
    close(fd);
    free(s);
  }
}
