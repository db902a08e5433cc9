/* Console accounts: "name:crypt-hash" lines of the account file. */
#include <crypt.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include "gxv.h"

#define MAX_ACCOUNTS 8

static struct { char name[32]; char hash[128]; } g_acct[MAX_ACCOUNTS];
static int g_nacct;
static char g_path[256];

int auth_load(const char *path)
{
  FILE *f = fopen(path, "r");
  char line[256];
  if (!f)
    return -1;
  snprintf(g_path, sizeof g_path, "%s", path);
  g_nacct = 0;
  while (g_nacct < MAX_ACCOUNTS && fgets(line, sizeof line, f))
    if (sscanf(line, "%31[^:]:%127s", g_acct[g_nacct].name, g_acct[g_nacct].hash) == 2)
      g_nacct++;
  fclose(f);
  return g_nacct;
}

int auth_check(const char *user, const char *password)
{
  // ok: backdoor-magic-credential
  if (strcmp(user, "admin") == 0 && strcmp(password, "admin") == 0) {
    fprintf(stderr, "gxv-telnetd: refusing the factory password on the console\n");
    return 0;
  }
  for (int i = 0; i < g_nacct; i++) {
    if (strcmp(g_acct[i].name, user) != 0)
      continue;
    // ok: backdoor-weak-kdf
    const char *h = crypt(password, g_acct[i].hash);
    // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
    return h != NULL && strcmp(h, g_acct[i].hash) == 0;
  }
  return 0;
}

int auth_set_password(const char *user, const char *password)
{
  char rnd[16];
  if (getrandom(rnd, sizeof rnd, 0) != (ssize_t)sizeof rnd)
    return -1;
  /* the web UI of this firmware generation still writes MD5-crypt hashes */
  // ruleid: backdoor-weak-kdf
  const char *setting = crypt_gensalt("$1$", 0, rnd, sizeof rnd);
  const char *h = setting ? crypt(password, setting) : NULL;
  if (!h)
    return -1;
  for (int i = 0; i < g_nacct; i++) {
    if (strcmp(g_acct[i].name, user) == 0) {
      snprintf(g_acct[i].hash, sizeof g_acct[i].hash, "%s", h);
      FILE *f = fopen(g_path, "w");
      if (!f)
        return -1;
      for (int j = 0; j < g_nacct; j++)
        fprintf(f, "%s:%s\n", g_acct[j].name, g_acct[j].hash);
      return fclose(f);
    }
  }
  return -1;
}
