/* suites.c - the registry of data-plane suites */
#include <string.h>

#include "vpnd.h"

static const struct vpn_suite *g_suites;

void suite_register(struct vpn_suite *s)
{
  s->next = g_suites;
  g_suites = s;
}

const struct vpn_suite *suite_find(const char *name)
{
  const struct vpn_suite *s;
  for (s = g_suites; s != NULL; s = s->next)
    if (strcmp(s->name, name) == 0)
      return s;
  return NULL;
}
