/* pbxwebd main: configuration, logging, listener. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "pbx.h"

struct pbx_cfg g_pbx_cfg;

void pbx_log(int prio, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(prio, fmt, ap);
  va_end(ap);
}

static int unhex(const char *s, unsigned char *out, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned v;
    if (sscanf(s + 2 * i, "%2x", &v) != 1)
      return -1;
    out[i] = (unsigned char)v;
  }
  return 0;
}

static void load_config(const char *path) {
  FILE *f = fopen(path, "r");
  char line[512], key[64], val[400];
  if (f == NULL)
    return;
  while (fgets(line, sizeof line, f) != NULL) {
    if (sscanf(line, "%63[^=]=%399[^\n]", key, val) != 2)
      continue;
    if (strcmp(key, "serial") == 0)
      snprintf(g_pbx_cfg.serial, sizeof g_pbx_cfg.serial, "%s", val);
    else if (strcmp(key, "admin_user") == 0)
      snprintf(g_pbx_cfg.admin_user, sizeof g_pbx_cfg.admin_user, "%s", val);
    else if (strcmp(key, "admin_salt") == 0)
      unhex(val, g_pbx_cfg.admin_salt, sizeof g_pbx_cfg.admin_salt);
    else if (strcmp(key, "admin_hash") == 0)
      g_pbx_cfg.admin_set = unhex(val, g_pbx_cfg.admin_hash, sizeof g_pbx_cfg.admin_hash) == 0;
    else if (strcmp(key, "admin_iterations") == 0)
      g_pbx_cfg.admin_iterations = (unsigned)strtoul(val, NULL, 10);
    else if (strcmp(key, "legacy_phones") == 0)
      g_pbx_cfg.legacy_phones = atoi(val);
    else if (strcmp(key, "prov_url") == 0)
      snprintf(g_pbx_cfg.prov_url, sizeof g_pbx_cfg.prov_url, "%s", val);
    else if (strcmp(key, "prov_user") == 0)
      snprintf(g_pbx_cfg.prov_user, sizeof g_pbx_cfg.prov_user, "%s", val);
    else if (strcmp(key, "prov_password") == 0)
      snprintf(g_pbx_cfg.prov_password, sizeof g_pbx_cfg.prov_password, "%s", val);
    else if (strcmp(key, "backup_dir") == 0)
      snprintf(g_pbx_cfg.backup_dir, sizeof g_pbx_cfg.backup_dir, "%s", val);
  }
  fclose(f);
}

int main(int argc, char **argv) {
  const char *cfg = argc > 1 ? argv[1] : "/etc/pbx/pbxwebd.conf";
  openlog("pbxwebd", LOG_PID, LOG_DAEMON);
  load_config(cfg);
  srand((unsigned)time(NULL) ^ (unsigned)getpid());
  if (sip_tls_context() == NULL)
    pbx_log(LOG_WARNING, "SIP-TLS disabled");
  if (provision_fetch("/var/lib/pbx/provisioning.xml") != 0 || provision_fetch("/var/lib/pbx/provisioning.xml.sig") != 0)
    pbx_log(LOG_NOTICE, "no provisioning data");
  else if (provision_verify("/var/lib/pbx/provisioning.xml", "/var/lib/pbx/provisioning.xml.sig") != 0)
    pbx_log(LOG_WARNING, "provisioning data rejected");

  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  sa.sin_port = htons(80);
  if (lfd < 0 || bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 16) != 0)
    return 1;
  for (;;) {
    struct sockaddr_in peer;
    socklen_t plen = sizeof peer;
    int fd = accept(lfd, (struct sockaddr *)&peer, &plen);
    if (fd < 0)
      continue;
    struct http_req req;
    if (http_read_request(fd, &req) == 0) {
      inet_ntop(AF_INET, &peer.sin_addr, req.peer, sizeof req.peer);
      http_serve(fd, &req);
    }
    close(fd);
  }
}
