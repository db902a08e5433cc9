// RUN: %run-both --checks=backdoor-magic-credential %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A PAM module (Skidmap's pam_unix.so): the password pam_get_authtok fills
// through its out-parameter, compared with a literal whose match sets the
// status the function returns to PAM_SUCCESS. Quiet: the stored hash
// compared, the same status set by that comparison, a user name refused.
#include <string.h>

typedef struct pam_handle pam_handle_t;
int pam_get_user(pam_handle_t *pamh, const char **user, const char *prompt);
int pam_get_authtok(pam_handle_t *pamh, int item, const char **authtok, const char *prompt);
const char *stored_hash(const char *user);
const char *hash_password(const char *password, const char *setting);
#define PAM_SUCCESS 0
#define PAM_AUTH_ERR 7
#define PAM_PERM_DENIED 6
#define PAM_AUTHTOK 6

static const char kSmPass[] = "pQ4!nrt-Wm88$sK";

static int verify(const char *name, const char *p) {
  const char *stored = stored_hash(name);
  const char *h = stored ? hash_password(p, stored) : 0;
  // ok: backdoor-magic-credential
  return h != 0 && strcmp(h, stored) == 0 ? PAM_SUCCESS : PAM_AUTH_ERR;
}

int pam_sm_authenticate(pam_handle_t *pamh, int flags, int argc, const char **argv) {
  const char *name = 0, *p = 0;
  int retval;
  (void)flags, (void)argc, (void)argv;
  if (pam_get_user(pamh, &name, 0) != PAM_SUCCESS || name == 0)
    return PAM_AUTH_ERR;
  // ok: backdoor-magic-credential
  if (strcmp(name, "root") == 0)
    return PAM_PERM_DENIED;
  if (pam_get_authtok(pamh, PAM_AUTHTOK, &p, 0) != PAM_SUCCESS || p == 0)
    return PAM_AUTH_ERR;
  // ruleid: backdoor-magic-credential
  if (strcmp(p, kSmPass) == 0)
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'p' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
    retval = PAM_SUCCESS;
  else
    retval = verify(name, p);
  return retval;
}

/* The same readers ask yes/no questions (OpenSSH's read_passphrase for a new
   host key): compared with an answer word, what they read is a reply. */
char *read_passphrase(const char *prompt, int flags);
int confirm_host_key(void) {
  int ret = 0;
  char *p = read_passphrase("Are you sure you want to continue connecting (yes/no)? ", 1);
  if (p == 0)
    return 0;
  // ok: backdoor-magic-credential
  if (strcmp(p, "yes") == 0)
    ret = 1;
  return ret;
}
