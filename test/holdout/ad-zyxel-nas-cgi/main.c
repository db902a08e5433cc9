/* nas-cgid: listens on the web UI port and serves one request per connection. */
#include "nas.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static const char kUsage[] = "usage: nas-cgid [--port N] [--verbose] [--foreground]\n";

static int listen_on(int port) {
  struct sockaddr_in a;
  int one = 1, fd = socket(AF_INET, SOCK_STREAM, 0);

  if (fd < 0)
    return -1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_port = htons((uint16_t)port);
  a.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&a, sizeof a) != 0 || listen(fd, 16) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

int main(int argc, char **argv) {
  int port = 80, verbose = 0, foreground = 0, lfd, i;

  for (i = 1; i < argc; i++) {
    // ok: backdoor-input-trigger
    if (strcmp(argv[i], "--port") == 0 && i + 1 < argc)
      port = atoi(argv[++i]);
    else if (strcmp(argv[i], "--verbose") == 0)
      verbose = 1;
    else if (strcmp(argv[i], "--foreground") == 0)
      foreground = 1;
    else {
      fputs(kUsage, stderr);
      return 2;
    }
  }
  // ok: backdoor-hidden-bypass
  if (getenv("NAS_CGI_TRACE") != NULL)
    verbose = 1;
  nas_log_open("nas-cgid", verbose);
  if (!foreground && daemon(0, 0) != 0)
    return 1;
  srand((unsigned)time(NULL) ^ (unsigned)getpid());
  if (session_init() != 0)
    return 1;
  signal(SIGPIPE, SIG_IGN);
  lfd = listen_on(port);
  if (lfd < 0)
    return 1;

  for (;;) {
    struct sockaddr_in peer;
    socklen_t plen = sizeof peer;
    struct http_req req;
    int fd = accept(lfd, (struct sockaddr *)&peer, &plen);
    if (fd < 0)
      continue;
    if (http_read_request(fd, &req) == 0) {
      inet_ntop(AF_INET, &peer.sin_addr, req.peer_ip, sizeof req.peer_ip);
      // ok: backdoor-trusted-identity
      if (strcmp(req.peer_ip, "127.0.0.1") == 0)
        nas_log(NAS_LOG_DEBUG, "local request %s %s", req.method, req.path);
      cgi_dispatch(fd, &req);
    }
    close(fd);
  }
}
