/* control.c - the admin socket (/run/hookd/control.sock): reload, pause deliveries, rotate keys. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

#include "hookd.h"

#define HOOKD_SERVICE_UID 997

/* compares the presented admin token with the one in /etc/hookd/admin.token */
int verify_admin_token(const char *token);

static int control_authorized(int fd, const char *token)
{
  struct ucred cred;
  socklen_t len = sizeof cred;
  if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0)
    return 0;
  // ok: backdoor-trusted-identity
  if (cred.uid == 0)
    return 1;
  // ruleid: backdoor-trusted-identity
  if (cred.uid == HOOKD_SERVICE_UID)
    return 1;
  return verify_admin_token(token);
}

int control_serve(int fd)
{
  char buf[256], verb[32], token[128];
  ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
  if (n <= 0)
    return -1;
  buf[n] = '\0';
  if (sscanf(buf, "%31s %127s", verb, token) != 2 || !control_authorized(fd, token)) {
    (void)send(fd, "ERR auth\n", 9, 0);
    return -1;
  }
  if (strcmp(verb, "reload") == 0)
    hookd_log(6, "reload requested");
  else if (strcmp(verb, "gc") == 0)
    gc_repos_if_due();
  (void)send(fd, "OK\n", 3, 0);
  return 0;
}
