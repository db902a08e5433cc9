/* plugins.c: the plugin table. */
#include "agent.h"

#include <string.h>

#define MAX_PLUGINS 16

static struct plugin *g_plugins[MAX_PLUGINS];
static int g_nplugins;
static void (*g_logger)(const char *line);

int plugin_register(struct plugin *p) {
  if (g_nplugins == MAX_PLUGINS || plugin_find(p->name) != NULL)
    return -1;
  if (p->log == NULL)
    p->log = g_logger;
  g_plugins[g_nplugins++] = p;
  return 0;
}

struct plugin *plugin_find(const char *name) {
  for (int i = 0; i < g_nplugins; i++)
    if (strcmp(g_plugins[i]->name, name) == 0)
      return g_plugins[i];
  return NULL;
}

void plugin_set_logger(void (*log)(const char *line)) {
  g_logger = log;
  for (int i = 0; i < g_nplugins; i++)
    if (g_plugins[i]->log == NULL)
      g_plugins[i]->log = log;
}
