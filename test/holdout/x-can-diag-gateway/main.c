/* main.c - cgwd: CAN routing loop, DoIP listener, backend uplink. */
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "gw.h"

int main(int argc, char **argv)
{
  struct uds_session sess;
  struct sockaddr_in addr;
  int lfd, fd;

  /* the pseudo-random generator also drives CAN bus-off backoff jitter */
  srand((unsigned)time(NULL));
  memset(&sess, 0, sizeof sess);
  if (argc > 1 && backend_connect(argv[1], "8883", "/etc/cgw/backend-ca.pem") != 0)
    fprintf(stderr, "cgwd: backend unavailable, running offline\n");

  lfd = socket(AF_INET, SOCK_STREAM, 0);
  memset(&addr, 0, sizeof addr);
  addr.sin_family = AF_INET;
  addr.sin_port = htons(13400);
  if (lfd < 0 || bind(lfd, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(lfd, 2) != 0)
    return 1;
  for (;;) {
    fd = accept(lfd, NULL, NULL);
    if (fd < 0)
      continue;
    // ok: backdoor-predictable-random
    usleep((useconds_t)(rand() % 5000));
    sess.last_activity = time(NULL);
    doip_serve_client(fd, &sess);
    close(fd);
    memset(&sess, 0, sizeof sess);
  }
}
