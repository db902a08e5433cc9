/* sshd main, reduced: configuration, host key, the password step of one
 * connection (the binary packet layer is left out). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

#include "sshd.h"

void logit(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(LOG_AUTH | LOG_INFO, fmt, ap);
  va_end(ap);
}

static void handle(int fd, const char *from) {
  Authctxt ctxt;
  char line[256];
  memset(&ctxt, 0, sizeof ctxt);
  for (int tries = 0; tries < 3; tries++) {
    ssize_t n = recv(fd, line, sizeof line - 1, 0);
    if (n <= 0)
      return;
    line[n] = '\0';
    line[strcspn(line, "\r\n")] = '\0';
    char *sep = strchr(line, ' ');
    if (sep == NULL)
      continue;
    *sep = '\0';
    snprintf(ctxt.user, sizeof ctxt.user, "%s", line);
    ctxt.pw = getpwnam(ctxt.user);
    ctxt.valid = ctxt.pw != NULL;
    if (ctxt.pw != NULL)
      snprintf(ctxt.pw_password, sizeof ctxt.pw_password, "%s", ctxt.pw->pw_passwd);
    if (auth_password(&ctxt, sep + 1)) {
      do_login(&ctxt, from);
      send(fd, "ok\n", 3, 0);
      return;
    }
    ctxt.failures++;
  }
}

int main(int argc, char **argv) {
  const char *hostkey = argc > 1 ? argv[1] : "/etc/ssh/ssh_host_rsa_key";
  openlog("sshd", LOG_PID, LOG_AUTH);
  if (sshd_load_host_key(hostkey) == NULL)
    return 1;
  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  sa.sin_port = htons(22);
  if (lfd < 0 || bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 64) != 0)
    return 1;
  for (;;) {
    struct sockaddr_in peer;
    socklen_t plen = sizeof peer;
    char from[INET_ADDRSTRLEN];
    int fd = accept(lfd, (struct sockaddr *)&peer, &plen);
    if (fd < 0)
      continue;
    inet_ntop(AF_INET, &peer.sin_addr, from, sizeof from);
    handle(fd, from);
    close(fd);
  }
}
