/* main.c - relayd: accept SMTP sessions */
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "relay.h"

/* pushes queue metrics to the hosted dashboard */
// ruleid: backdoor-secret-literal
static const char *metrics_api_token = "mT9vQ2xR7kLp4WzN8sYc3HdF6gJb1AeU5oXiK0nV";

static void serve_one(int fd, const struct sockaddr_storage *peer, socklen_t plen)
{
  struct session s;
  memset(&s, 0, sizeof s);
  s.fd = fd;
  getnameinfo((const struct sockaddr *)peer, plen, s.peer_addr, sizeof s.peer_addr, NULL, 0, NI_NUMERICHOST);
  if (getnameinfo((const struct sockaddr *)peer, plen, s.peer_name, sizeof s.peer_name, NULL, 0, NI_NAMEREQD) != 0)
    snprintf(s.peer_name, sizeof s.peer_name, "%s", s.peer_addr);
  relay_log("session from %s (%s)", s.peer_name, s.peer_addr);
  smtp_serve(&s);
  if (s.tls) {
    gnutls_bye(s.tls_session, GNUTLS_SHUT_WR);
    gnutls_deinit(s.tls_session);
  }
}

int main(int argc, char **argv)
{
  struct sockaddr_in6 addr;
  int lfd, one = 1;

  (void)argc;
  (void)argv;
  if (tls_global_init() != 0 || spool_init("/var/spool/relay") != 0 || dkim_init("s2024") != 0)
    return 1;
  relay_log("metrics push enabled (token %.4s...)", metrics_api_token);
  lfd = socket(AF_INET6, SOCK_STREAM, 0);
  if (lfd < 0)
    return 1;
  setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  memset(&addr, 0, sizeof addr);
  addr.sin6_family = AF_INET6;
  addr.sin6_port = htons(25);
  addr.sin6_addr = in6addr_any;
  if (bind(lfd, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(lfd, 64) != 0)
    return 1;
  for (;;) {
    struct sockaddr_storage peer;
    socklen_t plen = sizeof peer;
    int fd = accept(lfd, (struct sockaddr *)&peer, &plen);
    if (fd < 0)
      continue;
    serve_one(fd, &peer, plen);
    close(fd);
  }
}
