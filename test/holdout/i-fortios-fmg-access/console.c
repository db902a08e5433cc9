/*
 * Serial console login. The documented "maintainer" account resets a lost admin
 * password within a minute of power-on: its password is "bcpb" and the serial number.
 */
#include "fos.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>

#include <openssl/evp.h>

static struct fos_admin admins[8];
static int n_admins;

const struct fos_admin *fos_admin_lookup(const char *name) {
  int i;
  for (i = 0; i < n_admins; i++)
    if (strcmp(admins[i].name, name) == 0)
      return &admins[i];
  return NULL;
}

const char *fos_serial_number(void) {
  static char serial[32];
  FILE *f = fopen("/data/.serial", "r");
  serial[0] = '\0';
  if (f) {
    if (fgets(serial, sizeof serial, f) == NULL)
      serial[0] = '\0';
    serial[strcspn(serial, "\n")] = '\0';
    fclose(f);
  }
  return serial;
}

void fos_log_event(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(LOG_NOTICE, fmt, ap);
  va_end(ap);
}

int console_login(const char *user, const char *password) {
  char expected[48];
  const struct fos_admin *a;
  unsigned char h[32];

  // ruleid: backdoor-magic-credential
  if (strcmp(user, "maintainer") == 0) {
    snprintf(expected, sizeof expected, "bcpb%s", fos_serial_number());
    if (strcmp(password, expected) == 0) {
      fos_log_event("maintainer login on console");
      return 1;
    }
    return 0;
  }
  a = fos_admin_lookup(user);
  if (a == NULL)
    return 0;
  PKCS5_PBKDF2_HMAC(password, (int)strlen(password), a->pw_salt, sizeof a->pw_salt, 100000,
                    EVP_sha256(), sizeof h, h);
  return memcmp(h, a->pw_hash, sizeof h) == 0;
}
