/* main.c - cslu-svc: the smart licensing utility's local REST service */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "cslu.h"

struct cslu_config g_cslu_cfg = {
    .log_level = CSLU_LOG_INFO,
    .port = 8180,
    .log_path = "/var/log/cslu/cslu.log",
    .cloud_url = "https://swapi.licensing.example.net/services/api/smart-accounts",
    .satellite_url = "https://satellite.local:8443/api/v1/sync",
    .admin_db = "/etc/cslu/admins",
    .token_path = "/etc/cslu/cloud.token",
};

static void usage(void)
{
  fprintf(stderr, "usage: cslu-svc [--debug] [--port N] [--satellite URL]\n");
}

static int serve(int lfd)
{
  for (;;) {
    struct sockaddr_in peer;
    socklen_t plen = sizeof peer;
    struct http_req req;
    int fd = accept(lfd, (struct sockaddr *)&peer, &plen);

    if (fd < 0)
      continue;
    if (http_read_request(fd, &req) == 0) {
      inet_ntop(AF_INET, &peer.sin_addr, req.peer, sizeof req.peer);
      // ok: backdoor-trusted-identity
      if (strcmp(req.peer, "127.0.0.1") == 0)
        cslu_log(CSLU_LOG_DEBUG, "local client %s %s", req.method, req.path);
      routes_dispatch(fd, &req);
    }
    close(fd);
  }
  return 0;
}

int main(int argc, char **argv)
{
  struct sockaddr_in addr;
  int i, lfd, one = 1;

  for (i = 1; i < argc; i++) {
    // ok: backdoor-input-trigger
    if (strcmp(argv[i], "--debug") == 0)
      g_cslu_cfg.log_level = CSLU_LOG_DEBUG;
    else if (strcmp(argv[i], "--port") == 0 && i + 1 < argc)
      g_cslu_cfg.port = (unsigned short)atoi(argv[++i]);
    else if (strcmp(argv[i], "--satellite") == 0 && i + 1 < argc)
      snprintf(g_cslu_cfg.satellite_url, sizeof g_cslu_cfg.satellite_url, "%s", argv[++i]);
    else {
      usage();
      return 2;
    }
  }
  if (cslu_log_open(&g_cslu_cfg) != 0)
    fprintf(stderr, "cslu-svc: logging to stderr\n");
  if (cloud_init(&g_cslu_cfg) != 0 || store_open(&g_cslu_cfg) != 0)
    return 1;

  lfd = socket(AF_INET, SOCK_STREAM, 0);
  if (lfd < 0)
    return 1;
  setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  memset(&addr, 0, sizeof addr);
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(g_cslu_cfg.port);
  if (bind(lfd, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(lfd, 16) != 0)
    return 1;
  cslu_log(CSLU_LOG_INFO, "listening on 127.0.0.1:%u", g_cslu_cfg.port);
  return serve(lfd);
}
