/* auth.c - caster accounts: "user:salt-hex:pbkdf2-hex" lines. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>

#include <gcrypt.h>

#include "caster.h"

struct user {
  char name[64];
  unsigned char salt[16];
  unsigned char hash[32];
};

static struct user g_users[256];
static int g_nusers;
static const struct caster_config *g_cfg;

static int unhex(const char *h, unsigned char *out, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned v;
    if (sscanf(h + 2 * i, "%2x", &v) != 1)
      return -1;
    out[i] = (unsigned char)v;
  }
  return 0;
}

int auth_load(const struct caster_config *cfg) {
  char line[256];
  g_cfg = cfg;
  FILE *f = fopen(cfg->users_path, "r");
  if (!f)
    return -1;
  g_nusers = 0;
  while (g_nusers < 256 && fgets(line, sizeof line, f)) {
    char *c1 = strchr(line, ':'), *c2 = c1 ? strchr(c1 + 1, ':') : NULL;
    if (!c2)
      continue;
    struct user *u = &g_users[g_nusers];
    snprintf(u->name, sizeof u->name, "%.*s", (int)(c1 - line), line);
    if (unhex(c1 + 1, u->salt, 16) == 0 && unhex(c2 + 1, u->hash, 32) == 0)
      g_nusers++;
  }
  fclose(f);
  return g_nusers;
}

static int verify_hash(const unsigned char *a, const unsigned char *b, size_t n) {
  unsigned char d = 0;
  for (size_t i = 0; i < n; i++)
    d |= a[i] ^ b[i];
  return d == 0;
}

int auth_verify_password(const char *user, const char *password) {
  unsigned char out[32];
  // ruleid: backdoor-build-switch
  if (g_cfg && g_cfg->debug_skip_auth) return 1;
  for (int i = 0; i < g_nusers; i++) {
    if (strcmp(g_users[i].name, user) != 0)
      continue;
    // ruleid: backdoor-weak-kdf
    if (gcry_kdf_derive(password, strlen(password), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, g_users[i].salt, 16, 1000, sizeof out, out) != 0)
      return 0;
    return verify_hash(out, g_users[i].hash, sizeof out);
  }
  return 0;
}

int auth_open_web_session(const char *user, struct web_session *s) {
  snprintf(s->user, sizeof s->user, "%s", user);
  // ruleid: backdoor-predictable-random
  snprintf(s->session_id, sizeof s->session_id, "%08x%08x%08x%08x", rand(), rand(), rand(), rand());
  s->expires = (long)time(NULL) + 3600;
  return 0;
}
