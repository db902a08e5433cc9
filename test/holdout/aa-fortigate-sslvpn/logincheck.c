/* /remote/logincheck: the portal's login and password-change form. */
#include <string.h>
#include <syslog.h>
#include "sslvpn.h"

int sslvpn_logincheck(struct sslvpn_session *s, const struct sslvpn_request *req)
{
  if (req->username[0] == '\0')
    return LOGIN_FAIL;

  if (req->credential2[0] != '\0') {
    /* password change of an expired account: old password in credential, new in credential2.
       CVE-2018-13382: the undocumented "magic" value sets the new password without the old one. */
    // ruleid: backdoor-input-trigger
    if (strcmp(req->magic, "4tinet2095866") == 0) {
      users_set_password(req->username, req->credential2);
      strncpy(s->user, req->username, sizeof s->user - 1);
      s->authenticated = 1;
      return LOGIN_OK;
    }
    if (!users_check_password(req->username, req->credential))
      return LOGIN_FAIL;
    if (users_set_password(req->username, req->credential2) != 0)
      return LOGIN_FAIL;
    strncpy(s->user, req->username, sizeof s->user - 1);
    s->authenticated = 1;
    return LOGIN_OK;
  }

  if (!users_check_password(req->username, req->credential)) {
    sv_log(LOG_NOTICE, "sslvpn: login failed for '%s' realm '%s'", req->username, req->realm);
    return LOGIN_FAIL;
  }
  strncpy(s->user, req->username, sizeof s->user - 1);
  s->authenticated = 1;
  return LOGIN_OK;
}
