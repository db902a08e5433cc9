/* users.c: "user:NTHASH" lines (32 hex digits), as smbpasswd keeps them. */
#include "rad.h"

#include <stdio.h>
#include <string.h>
#include <syslog.h>

#define MAX_USERS 512

static struct {
  char name[64];
  uint8_t nt_hash[16];
} g_users[MAX_USERS];
static int g_nusers;

static int unhex16(const char *s, uint8_t out[16]) {
  for (int i = 0; i < 16; i++) {
    unsigned v;
    if (sscanf(s + 2 * i, "%2x", &v) != 1)
      return -1;
    out[i] = (uint8_t)v;
  }
  return 0;
}

int users_load(const char *path) {
  char line[160];
  FILE *f = fopen(path, "r");
  if (f == NULL)
    return -1;
  g_nusers = 0;
  while (fgets(line, sizeof line, f) != NULL && g_nusers < MAX_USERS) {
    char *colon = strchr(line, ':');
    if (line[0] == '#' || colon == NULL || strlen(colon + 1) < 32)
      continue;
    *colon = '\0';
    if (unhex16(colon + 1, g_users[g_nusers].nt_hash) != 0) {
      rad_log(LOG_WARNING, "users: bad hash for %s", line);
      continue;
    }
    snprintf(g_users[g_nusers].name, sizeof g_users[g_nusers].name, "%s", line);
    g_nusers++;
  }
  fclose(f);
  return g_nusers;
}

int users_nt_hash(const char *user, uint8_t hash[16]) {
  for (int i = 0; i < g_nusers; i++)
    if (strcmp(g_users[i].name, user) == 0) {
      memcpy(hash, g_users[i].nt_hash, 16);
      return 0;
    }
  return -1;
}
