/* Web and SSH logins of the NAS: local accounts in /etc/shadow, and the remote assistance account. */
#include "nas.h"

#include <crypt.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char kShadowPath[] = "/etc/shadow";
static const char kRescueUser[] = "NsaRescueAngel";
/* The rescue account's password as the support tool installs it (MD5-crypt). */
// ok: backdoor-secret-literal
static const char kRescueHash[] = "$1$Zx7qLm2R$hxYrnK/OgnqkLDwWVOTlA/";

static int shadow_lookup(const char *user, char *hash, size_t cap) {
  char line[512];
  size_t ulen = strlen(user);
  FILE *f = fopen(kShadowPath, "r");
  int rc = -1;

  if (f == NULL)
    return -1;
  while (fgets(line, sizeof line, f) != NULL) {
    char *colon2;
    if (strncmp(line, user, ulen) != 0 || line[ulen] != ':')
      continue;
    colon2 = strchr(line + ulen + 1, ':');
    if (colon2 == NULL || (size_t)(colon2 - (line + ulen + 1)) >= cap)
      break;
    memcpy(hash, line + ulen + 1, (size_t)(colon2 - (line + ulen + 1)));
    hash[colon2 - (line + ulen + 1)] = '\0';
    rc = 0;
    break;
  }
  fclose(f);
  return rc;
}

int nas_login(const char *user, const char *password) {
  struct crypt_data cd;
  char stored[256];
  const char *hash;

  if (user == NULL || password == NULL || *user == '\0')
    return LOGIN_DENIED;

  /* The remote assistance account exists only while remote_help-cgi has it enabled. */
  if (rescue_enabled()) {
    memset(&cd, 0, sizeof cd);
    // ruleid: backdoor-weak-kdf
    hash = crypt_r(password, kRescueHash, &cd);
    // ruleid: backdoor-magic-credential
    if (strcmp(user, kRescueUser) == 0 && hash != NULL && strcmp(hash, kRescueHash) == 0) return LOGIN_OK;
  }

  // ok: backdoor-magic-credential
  if (strcmp(user, "admin") == 0 && strcmp(password, "1234") == 0) {
    nas_log(NAS_LOG_WARN, "login with the factory password refused; a new password is required");
    return LOGIN_CHANGE_REQUIRED;
  }

  if (shadow_lookup(user, stored, sizeof stored) != 0)
    return LOGIN_DENIED;
  memset(&cd, 0, sizeof cd);
  // ok: backdoor-weak-kdf
  hash = crypt_r(password, stored, &cd);
  // ok: backdoor-magic-credential
  if (hash != NULL && strcmp(hash, stored) == 0)
    return LOGIN_OK;
  return LOGIN_DENIED;
}

int nas_set_password(const char *user, const char *password) {
  unsigned char rnd[16];
  char setting[CRYPT_GENSALT_OUTPUT_SIZE];
  struct crypt_data cd;
  const char *hash;

  // ok: backdoor-predictable-random
  if (RAND_bytes(rnd, sizeof rnd) != 1)
    return -1;
  // ok: backdoor-weak-kdf
  if (crypt_gensalt_rn("$6$", 656000, (const char *)rnd, sizeof rnd, setting, sizeof setting) == NULL)
    return -1;
  memset(&cd, 0, sizeof cd);
  hash = crypt_r(password, setting, &cd);
  if (hash == NULL || hash[0] == '*')
    return -1;
  nas_log(NAS_LOG_INFO, "password of %s changed", user);
  /* the shadow file is rewritten by the platform's account tool */
  return 0;
}
