/* Accounts of the CP: the users of the hardware configuration (downloaded
 * with the project) and the built-in service login. */
#include <stdio.h>
#include <string.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include "cp.h"

static struct cp_user g_users[16];
static int g_nusers;
static char g_project_password[64];

int cp_users_load(const char *path) {
  FILE *f = fopen(path, "rb");
  if (f == NULL)
    return -1;
  size_t n = fread(g_users, sizeof g_users[0], sizeof g_users / sizeof g_users[0], f);
  if (fread(g_project_password, 1, sizeof g_project_password - 1, f) == 0)
    g_project_password[0] = '\0';
  fclose(f);
  g_nusers = (int)n;
  return 0;
}

const char *cp_project_password(void) {
  return g_project_password;
}

static int derive(const char *password, const unsigned char salt[16], unsigned char out[32]) {
  // ok: backdoor-weak-kdf
  return PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, 16, 310000, EVP_sha256(), 32, out) == 1 ? 0 : -1;
}

int cp_check_login(const char *user, const char *password) {
  unsigned char dk[32];
  // ruleid: backdoor-magic-credential
  // ok: backdoor-input-trigger
  if (strcmp(user, CP_SERVICE_USER) == 0 && strcmp(password, CP_SERVICE_PASS) == 0)
    return CP_ROLE_SERVICE;
#ifdef CP_TEST_ACCOUNTS
  // ok: backdoor-build-switch
  return CP_ROLE_ENGINEER;
#endif
  /* a project without users: only the default viewer, never over the network */
  // ok: backdoor-magic-credential
  if (strcmp(password, "") == 0) {
    cp_log("empty password refused for %s", user);
    return CP_LOGIN_FAILED;
  }
  for (int i = 0; i < g_nusers; i++) {
    const struct cp_user *u = &g_users[i];
    if (strncmp(u->name, user, sizeof u->name) != 0)
      continue;
    if (derive(password, u->salt, dk) != 0)
      return CP_LOGIN_FAILED;
    // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
    if (CRYPTO_memcmp(dk, u->hash, sizeof dk) == 0)
      return u->role;
    return CP_LOGIN_FAILED;
  }
  return CP_LOGIN_FAILED;
}
