/* main.c - management plane start-up. */
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "screenos.h"

static int listen_on(uint16_t port)
{
  struct sockaddr_in sa;
  int one = 1, fd = socket(AF_INET, SOCK_STREAM, 0);

  if (fd < 0) {
    return -1;
  }
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons(port);
  sa.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(fd, 8) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

int main(int argc, char **argv)
{
  int i, tfd, sfd;

  for (i = 1; i < argc; i++) {
    if (strcmp(argv[i], "-d") == 0 && i + 1 < argc) {
      ns_debug_mask = (unsigned int)strtoul(argv[++i], NULL, 0);
    }
  }
  admin_db_load_defaults();
  if (webui_init("/flash/cert/mgt.pem", "/flash/cert/mgt.key") != 0) {
    ns_event(3, "WebUI: no certificate, HTTPS management disabled");
  }
  tfd = listen_on(23);
  sfd = listen_on(22);
  if (tfd < 0 || sfd < 0) {
    return 1;
  }
  if (fork() == 0) {
    telnetd_serve(tfd);
    _exit(0);
  }
  sshd_serve(sfd);
  return 0;
}
