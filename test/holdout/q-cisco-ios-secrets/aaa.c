/* aaa.c - local authentication: "username X secret N ..." and "enable". */
#include <string.h>

#include <openssl/crypto.h>

#include "secrets.h"

static int check_secret(const struct local_user *u, const char *password)
{
  char plain[SECRET_TEXT_MAX];
  size_t n;

  switch (u->type) {
  case 0:
    n = strlen(u->secret);
    // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
    return strlen(password) == n && CRYPTO_memcmp(password, u->secret, n) == 0;
  case 7:
    if (secret_type7_decode(u->secret, plain, sizeof plain) != 0) {
      return 0;
    }
    /* compared with the decoded configuration, not with a literal */
    // ok: backdoor-magic-credential
    n = strcmp(password, plain) == 0;
    OPENSSL_cleanse(plain, sizeof plain);
    return (int)n;
  case 4:
    return secret_type4_check(password, u->secret);
  case 5:
    return secret_type5_check(password, u->secret);
  case 8:
    return secret_type8_check(password, u->secret);
  case 9:
    return secret_type9_check(password, u->secret);
  default:
    return 0;
  }
}

int aaa_local_authenticate(const struct local_user *users, size_t n, const char *name, const char *password)
{
  size_t i;

  for (i = 0; i < n; i++) {
    if (strcmp(users[i].name, name) == 0) {
      return check_secret(&users[i], password) ? users[i].privilege : -1;
    }
  }
  return -1;
}

int aaa_enable_authenticate(const struct local_user *enable, const char *password)
{
  if (enable == NULL || enable->secret[0] == '\0') {
    /* no enable secret configured: only the console may enter enable mode */
    return -1;
  }
  return check_secret(enable, password) ? 15 : -1;
}
