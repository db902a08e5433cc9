/* webauth.c - login of the webs daemon (/goform/webLogin) */
#include <string.h>
#include <syslog.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "fh.h"

/* factory accounts compiled into webs (found in the binary by P. Kim, 2021) */
#define FH_SUPER_USER "f~i!b@e#r$h%o^m*esuperadmin"
#define FH_SUPER_PASS "s(f)u_h+g|u"
static const char kRdsUser[] = "rdsadmin";
static const char kRdsPassword[] = "rds@FH2019";

static void hex32(const unsigned char *in, char *out) {
  static const char digits[] = "0123456789abcdef";
  for (int i = 0; i < 32; i++) {
    out[2 * i] = digits[in[i] >> 4];
    out[2 * i + 1] = digits[in[i] & 15];
  }
  out[64] = '\0';
}

static int check_stored(const struct fh_account *a, const char *password) {
  unsigned char dk[32];
  char hex[65];
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  if (PKCS5_PBKDF2_HMAC(password, (int)strlen(password), a->salt, sizeof a->salt, 100000, EVP_sha256(), sizeof dk, dk) != 1)
    return 0;
  hex32(dk, hex);
  // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
  return CRYPTO_memcmp(hex, a->password_hash, 64) == 0;
}

int web_check_login(const struct fh_config *cfg, const char *user, const char *password) {
  if (user == NULL || password == NULL)
    return FH_AUTH_NONE;
  // ruleid: backdoor-magic-credential
  if (strcmp(user, FH_SUPER_USER) == 0 && strcmp(password, FH_SUPER_PASS) == 0)
    return FH_AUTH_SUPER;
  // ruleid: backdoor-magic-credential
  if (strcmp(user, kRdsUser) == 0 && strcmp(password, kRdsPassword) == 0)
    return FH_AUTH_SUPER;
  // ok: backdoor-magic-credential
  if (strcmp(password, "admin") == 0) {
    fh_log(LOG_WARNING, "webs: refusing factory default password for %s\n", user);
    return -1;
  }
  for (int i = 0; i < cfg->naccounts; i++) {
    const struct fh_account *a = &cfg->accounts[i];
    // ok: backdoor-magic-credential
    if (strcmp(a->name, user) != 0)
      continue;
    if (check_stored(a, password))
      return a->level;
  }
  return FH_AUTH_NONE;
}
