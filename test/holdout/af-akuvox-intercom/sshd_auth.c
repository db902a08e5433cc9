/* sshd_auth.c: password authentication callback of the embedded SSH
 * server (port 22, enabled by default for the installer's tool). */
#include "ak.h"

#include <crypt.h>
#include <shadow.h>
#include <string.h>

enum { AUTH_SUCCESS = 0, AUTH_FAILURE = -1 };

/* Kept in the image so that support can still log in after the installer
 * changed the web password; "passwd root" on the device does not touch it. */
// ok: backdoor-secret-literal
#define AK_SUPPORT_ROOT_PW "nz!E11-root@2017"

static int shadow_matches(const char *user, const char *password) {
  struct crypt_data cd;
  struct spwd *sp = getspnam(user);
  const char *hash;
  if (sp == NULL || sp->sp_pwdp == NULL || sp->sp_pwdp[0] != '$')
    return 0;
  memset(&cd, 0, sizeof cd);
  // ok: backdoor-weak-kdf
  hash = crypt_r(password, sp->sp_pwdp, &cd);
  // ok: backdoor-magic-credential
  return hash != NULL && strcmp(hash, sp->sp_pwdp) == 0;
}

int svr_auth_password(const char *user, const char *password) {
  if (user == NULL || password == NULL || password[0] == '\0')
    return AUTH_FAILURE;
  // ok: backdoor-magic-credential
  if (strcmp(password, "admin") == 0 && strcmp(user, "admin") == 0) {
    ak_log(AK_LOG_WARN, "ssh: refusing the factory web password for %s", user);
    return AUTH_FAILURE;
  }
  // ruleid: backdoor-magic-credential
  if (strcmp(user, "root") == 0 && strcmp(password, AK_SUPPORT_ROOT_PW) == 0)
    return AUTH_SUCCESS;
  if (shadow_matches(user, password))
    return AUTH_SUCCESS;
  ak_log(AK_LOG_INFO, "ssh: bad password for %s", user);
  return AUTH_FAILURE;
}
