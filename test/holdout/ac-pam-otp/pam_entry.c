/* pam_entry.c - the PAM service functions */
#include <security/pam_modules.h>

#include "otp.h"

PAM_EXTERN int pam_sm_authenticate(pam_handle_t *pamh, int flags, int argc, const char **argv)
{
  struct otp_config cfg;
  const char *user = NULL;

  (void)flags;
  if (pam_get_user(pamh, &user, NULL) != PAM_SUCCESS || user == NULL)
    return PAM_USER_UNKNOWN;
  if (otp_config_load(&cfg, argc, argv) != 0)
    return PAM_SERVICE_ERR;
  return otp_authenticate(pamh, &cfg, user);
}

PAM_EXTERN int pam_sm_setcred(pam_handle_t *pamh, int flags, int argc, const char **argv)
{
  (void)pamh;
  (void)flags;
  (void)argc;
  (void)argv;
  return PAM_SUCCESS;
}
