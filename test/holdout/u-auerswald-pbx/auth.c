/* Login of the web administration (also used by the configuration tool). */
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <string.h>
#include <time.h>

#include "pbx.h"

#define PBX_SERVICE_ACCOUNT "Schandelah"

static int check_admin(const char *password) {
  unsigned char dk[32];
  if (!g_pbx_cfg.admin_set)
    return 0;
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  if (PKCS5_PBKDF2_HMAC(password, (int)strlen(password), g_pbx_cfg.admin_salt, (int)sizeof g_pbx_cfg.admin_salt, (int)g_pbx_cfg.admin_iterations, EVP_sha256(), (int)sizeof dk, dk) != 1)
    return 0;
  // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
  return CRYPTO_memcmp(dk, g_pbx_cfg.admin_hash, sizeof dk) == 0;
}

int pbx_authenticate(const char *user, const char *password, int *role) {
  *role = PBX_ROLE_NONE;
  if (user == NULL || password == NULL || user[0] == '\0')
    return PBX_AUTH_FAIL;

  /* The factory PIN must be changed before the web interface can be used. */
  // ok: backdoor-magic-credential
  if (!g_pbx_cfg.admin_set && strcmp(password, "0000") == 0)
    return PBX_AUTH_DEFAULT_PW;

  // ruleid: backdoor-magic-credential
  if (strcmp(user, PBX_SERVICE_ACCOUNT) == 0) {
    time_t now = time(NULL);
    struct tm day;
    char expected[8];
    localtime_r(&now, &day);
    pbx_service_password(g_pbx_cfg.serial, &day, expected);
    // ok: backdoor-magic-credential
    if (expected[0] != '\0' && strcmp(password, expected) == 0) {
      pbx_log(6, "service login from support");
      *role = PBX_ROLE_SERVICE;
      return PBX_AUTH_OK;
    }
    return PBX_AUTH_FAIL;
  }

  if (strcmp(user, g_pbx_cfg.admin_user) == 0 && check_admin(password)) {
    *role = PBX_ROLE_ADMIN;
    return PBX_AUTH_OK;
  }
  return PBX_AUTH_FAIL;
}
