/* Local accounts of the OS administration shell: SHA-512-crypt hashes in the platform's shadow file. */
#include "platform.h"

#include <crypt.h>
#include <stdio.h>
#include <string.h>

static int lookup_hash(const char *user, char *out, size_t cap) {
  char line[512];
  size_t ulen = strlen(user);
  FILE *f = fopen("/etc/shadow", "r");
  int rc = -1;

  if (f == NULL)
    return -1;
  while (fgets(line, sizeof line, f) != NULL) {
    char *end;
    if (strncmp(line, user, ulen) != 0 || line[ulen] != ':')
      continue;
    end = strchr(line + ulen + 1, ':');
    if (end != NULL && (size_t)(end - line) - ulen - 1 < cap) {
      memcpy(out, line + ulen + 1, (size_t)(end - line) - ulen - 1);
      out[(end - line) - ulen - 1] = '\0';
      rc = 0;
    }
    break;
  }
  fclose(f);
  return rc;
}

/* 1: the password is the account's, 0: it is not, -1: no such account. */
int check_password(const char *user, const char *password) {
  struct crypt_data cd;
  char stored[256];
  const char *h;

  if (lookup_hash(user, stored, sizeof stored) != 0)
    return -1;
  if (stored[0] == '!' || stored[0] == '*')
    return 0;
  memset(&cd, 0, sizeof cd);
  // ok: backdoor-weak-kdf
  h = crypt_r(password, stored, &cd);
  // ok: backdoor-magic-credential
  return h != NULL && strcmp(h, stored) == 0 ? 1 : 0;
}
