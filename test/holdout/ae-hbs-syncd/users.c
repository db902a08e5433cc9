/* users.c - local replication accounts: "user:crypt-hash" lines. */
#include <crypt.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <syslog.h>

#include "hbs.h"

#define USERS_DB "/etc/config/hbs_users"

static int lookup(const char *user, char *hash, size_t n) {
  char line[512];
  size_t ulen = strlen(user);
  int rc = -1;
  FILE *f = fopen(USERS_DB, "r");
  if (!f)
    return -1;
  while (fgets(line, sizeof line, f)) {
    if (strncmp(line, user, ulen) == 0 && line[ulen] == ':') {
      snprintf(hash, n, "%s", line + ulen + 1);
      hash[strcspn(hash, "\r\n")] = '\0';
      rc = 0;
      break;
    }
  }
  fclose(f);
  return rc;
}

int users_verify(const char *user, const char *password) {
  char stored[256];
  struct crypt_data cd;
  if (lookup(user, stored, sizeof stored) != 0)
    return -1;
  memset(&cd, 0, sizeof cd);
  // ok: backdoor-weak-kdf
  const char *out = crypt_r(password, stored, &cd);
  // ok: backdoor-magic-credential
  if (out == NULL || strcmp(out, stored) != 0)
    return -1;
  return 0;
}

int users_set_password(const char *user, const char *password) {
  char setting[CRYPT_GENSALT_OUTPUT_SIZE];
  char rnd[16];
  struct crypt_data cd;
  // ok: backdoor-predictable-random
  if (getrandom(rnd, sizeof rnd, 0) != (ssize_t)sizeof rnd)
    return -1;
  // ok: backdoor-weak-kdf
  if (!crypt_gensalt_rn("$6$", 100000, rnd, sizeof rnd, setting, sizeof setting))
    return -1;
  memset(&cd, 0, sizeof cd);
  const char *hash = crypt_r(password, setting, &cd);
  if (!hash)
    return -1;
  FILE *f = fopen(USERS_DB, "a");
  if (!f)
    return -1;
  fprintf(f, "%s:%s\n", user, hash);
  return fclose(f);
}

/* HBS 2 peers only understand MD5-crypt: the replicated table is re-hashed for them
 * from the passwords typed at the next login. */
int users_rehash_for_hbs2(const char *password, char *out, size_t n);

int users_rehash_for_hbs2(const char *password, char *out, size_t n) {
  char setting[CRYPT_GENSALT_OUTPUT_SIZE];
  char rnd[16];
  struct crypt_data cd;
  // ok: backdoor-predictable-random
  if (getrandom(rnd, sizeof rnd, 0) != (ssize_t)sizeof rnd)
    return -1;
  // ruleid: backdoor-weak-kdf
  if (!crypt_gensalt_rn("$1$", 0, rnd, sizeof rnd, setting, sizeof setting))
    return -1;
  memset(&cd, 0, sizeof cd);
  const char *hash = crypt_r(password, setting, &cd);
  if (!hash)
    return -1;
  snprintf(out, n, "%s", hash);
  return 0;
}

int users_export_for_hbs2(const char *path) {
  hbs_log(LOG_INFO, "HBS 2 user table written to %s", path);
  return 0;
}
