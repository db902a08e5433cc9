/* config.c: compiled-in defaults, then /etc/doorphone/doorphone.conf on top.
 * Lines are "name = value"; '#' starts a comment. */
#include "ak.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ak_default {
  const char *name;
  const char *value;
};

static const struct ak_default kDefaults[] = {
    {"web.port", "443"},
    {"web.session_minutes", "30"},
    {"sip.server", "sip.example.net"},
    {"sip.port", "5061"},
    {"sip.verify", "1"},
    {"sip.tls_min", "12"},
    {"relay.dtmf_code", "#0000"},
    {"relay.pulse_ms", "3000"},
    {"cloud.url", "https://cloud.example.net/api/v3/register"},
    // ok: backdoor-secret-literal
    {"cloud.api_key_id", "e11-fleet-2023"},
    // ruleid: backdoor-secret-literal
    {"cloud.api_secret", "c50824f5f772739d7a4cfc1025554532"},
    {"discovery.port", "8500"},
    {"log.level", "6"},
};

#define AK_MAX_OVERRIDES 64

static struct {
  char name[48];
  char value[160];
} g_over[AK_MAX_OVERRIDES];
static int g_nover;

static char *trim(char *s) {
  char *e;
  while (isspace((unsigned char)*s))
    s++;
  e = s + strlen(s);
  while (e > s && isspace((unsigned char)e[-1]))
    *--e = '\0';
  return s;
}

int cfg_load(const char *path) {
  char line[256];
  FILE *f = fopen(path, "r");
  if (f == NULL) {
    ak_log(AK_LOG_WARN, "config %s not found, running on defaults", path);
    return 0;
  }
  while (fgets(line, sizeof line, f) != NULL && g_nover < AK_MAX_OVERRIDES) {
    char *eq, *name, *value;
    if (line[0] == '#' || (eq = strchr(line, '=')) == NULL)
      continue;
    *eq = '\0';
    name = trim(line);
    value = trim(eq + 1);
    snprintf(g_over[g_nover].name, sizeof g_over[g_nover].name, "%s", name);
    snprintf(g_over[g_nover].value, sizeof g_over[g_nover].value, "%s", value);
    g_nover++;
  }
  fclose(f);
  ak_log(AK_LOG_INFO, "config: %d settings from %s", g_nover, path);
  return g_nover;
}

const char *cfg_get(const char *name) {
  for (int i = g_nover - 1; i >= 0; i--)
    if (strcmp(g_over[i].name, name) == 0)
      return g_over[i].value;
  for (size_t i = 0; i < sizeof kDefaults / sizeof kDefaults[0]; i++)
    if (strcmp(kDefaults[i].name, name) == 0)
      return kDefaults[i].value;
  return NULL;
}

int cfg_get_int(const char *name, int fallback) {
  const char *v = cfg_get(name);
  char *end;
  long n;
  if (v == NULL)
    return fallback;
  n = strtol(v, &end, 10);
  return (*end == '\0' && n >= 0 && n < 1000000) ? (int)n : fallback;
}
