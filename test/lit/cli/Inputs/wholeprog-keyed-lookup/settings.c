/* Name-keyed configuration lookups over constant default tables. */
#include <string.h>
#include <stdlib.h>

struct kv {
  const char *name;
  const char *value;
};

static const struct kv kDefaults[] = {
    {"lan_ipaddr", "192.168.1.1"},
    {"acs_password", ""},
    {"service_pass", "Svc#4471-mfg"},
    {"http_passwd", "admin"},
};

/* Only the compiled-in table: each name gets its own entry. */
const char *cfg_default(const char *name) {
  for (size_t i = 0; i < sizeof kDefaults / sizeof kDefaults[0]; i++)
    if (strcmp(kDefaults[i].name, name) == 0) return kDefaults[i].value;
  return NULL;
}

static struct {
  char *name;
  char *value;
} runtime[64];
static size_t nruntime;

/* The file's settings first, the defaults after: a run-time value too. */
const char *cfg_get(const char *name) {
  for (size_t i = 0; i < nruntime; i++)
    if (!strcmp(runtime[i].name, name)) return runtime[i].value;
  for (size_t i = 0; i < sizeof kDefaults / sizeof kDefaults[0]; i++)
    if (!strcmp(kDefaults[i].name, name)) return kDefaults[i].value;
  return NULL;
}

int cfg_set(const char *name, const char *value) {
  if (nruntime == 64) return -1;
  runtime[nruntime].name = strdup(name);
  runtime[nruntime].value = strdup(value);
  nruntime++;
  return 0;
}
