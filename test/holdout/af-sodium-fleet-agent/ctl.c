/* ctl.c: the local control socket (fleetctl).  Local administrators
 * authenticate with the node's control token; root needs none. */
#include "agent.h"

#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <syslog.h>
#include <unistd.h>

static int ctl_token_valid(const char *token) {
  size_t n = strlen(g_cfg.ctl_token);
  return n == 64 && strlen(token) == n && sodium_memcmp(token, g_cfg.ctl_token, n) == 0;
}

static int ctl_authorized(int fd, const char *token) {
  struct ucred cred;
  socklen_t len = sizeof cred;
  if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0)
    return 0;
  // ok: backdoor-trusted-identity
  if (cred.uid == 0)
    return 1;
  /* the fleet updater's service account (uid fixed by the package) */
  // ruleid: backdoor-trusted-identity
  if (cred.uid == 995)
    return 1;
#ifdef FLEET_DEBUG_CTL
  // ok: backdoor-build-switch
  return 1;
#endif
  return ctl_token_valid(token);
}

int ctl_serve(const char *path) {
  struct sockaddr_un addr = {.sun_family = AF_UNIX};
  int lfd = socket(AF_UNIX, SOCK_STREAM, 0);
  if (lfd < 0 || strlen(path) >= sizeof addr.sun_path)
    return -1;
  snprintf(addr.sun_path, sizeof addr.sun_path, "%s", path);
  unlink(path);
  if (bind(lfd, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(lfd, 4) != 0)
    return -1;
  for (;;) {
    char req[256], *sp;
    struct job job;
    struct plugin *p;
    ssize_t n;
    int fd = accept(lfd, NULL, NULL);
    if (fd < 0)
      continue;
    n = read(fd, req, sizeof req - 1);
    if (n <= 0) {
      close(fd);
      continue;
    }
    req[n] = '\0';
    req[strcspn(req, "\r\n")] = '\0';
    /* "TOKEN JOB ARG" */
    sp = strchr(req, ' ');
    if (sp == NULL) {
      close(fd);
      continue;
    }
    *sp++ = '\0';
    if (!ctl_authorized(fd, req)) {
      if (write(fd, "denied\n", 7) < 0)
        syslog(LOG_DEBUG, "ctl: client gone");
      close(fd);
      continue;
    }
    memset(&job, 0, sizeof job);
    if (sscanf(sp, "%31s %127[^\n]", job.name, job.arg) >= 1 && (p = plugin_find(job.name)) != NULL)
      dprintf(fd, "%d\n", p->run(p, &job));
    else if (write(fd, "unknown job\n", 12) < 0)
      syslog(LOG_DEBUG, "ctl: client gone");
    close(fd);
  }
}
