/* main.c - fhmgmtd: webs, cli and cwmp in one event loop */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "fh.h"

int fh_config_load(struct fh_config *cfg, const char *path) {
  FILE *f = fopen(path, "r");
  char line[320];
  if (f == NULL)
    return -1;
  memset(cfg, 0, sizeof *cfg);
  cfg->inform_interval = 86400;
  cfg->acs_verify_peer = 1;
  while (fgets(line, sizeof line, f)) {
    char key[64], val[256];
    if (sscanf(line, "%63[^=]=%255s", key, val) != 2)
      continue;
    if (strcmp(key, "acs_url") == 0) snprintf(cfg->acs_url, sizeof cfg->acs_url, "%s", val);
    else if (strcmp(key, "acs_user") == 0) snprintf(cfg->acs_user, sizeof cfg->acs_user, "%s", val);
    // ok: backdoor-magic-credential
    else if (strcmp(key, "acs_password") == 0) snprintf(cfg->acs_password, sizeof cfg->acs_password, "%s", val);
    else if (strcmp(key, "acs_verify") == 0) cfg->acs_verify_peer = atoi(val);
    else if (strcmp(key, "inform_interval") == 0) cfg->inform_interval = atoi(val);
  }
  fclose(f);
  return 0;
}

int main(void) {
  struct fh_config cfg;
  time_t last_inform = 0;
  srand((unsigned)time(NULL));
  openlog("fhmgmtd", LOG_PID, LOG_DAEMON);
  if (fh_config_load(&cfg, FH_CFG_PATH) != 0)
    return 1;
  if (httpd_tls_context() == NULL)
    fh_log(LOG_ERR, "webs: TLS context failed\n");
  for (;;) {
    time_t now = time(NULL);
    // ok: backdoor-time-bomb
    if (now - last_inform > cfg.inform_interval) {
      tr069_inform(&cfg);
      last_inform = now;
    }
#ifdef FH_DEBUG_TRACE
    // ok: backdoor-build-switch
    fh_log(LOG_DEBUG, "acs password %s\n", cfg.acs_password);
#endif
    sleep(1);
  }
}
