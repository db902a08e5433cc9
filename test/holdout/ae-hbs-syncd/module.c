/* module.c - rsync-compatible modules from the daemon's configuration file. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#include "hbs.h"

static char *trim(char *s) {
  while (isspace((unsigned char)*s))
    s++;
  char *e = s + strlen(s);
  while (e > s && isspace((unsigned char)e[-1]))
    *--e = '\0';
  return s;
}

int module_load(const char *path, struct hbs_module *mods, int max) {
  char line[512];
  int n = -1;
  FILE *f = fopen(path, "r");
  if (!f)
    return -1;
  while (fgets(line, sizeof line, f)) {
    char *p = trim(line);
    if (*p == '#' || *p == '\0')
      continue;
    if (*p == '[') {
      if (n + 1 >= max)
        break;
      n++;
      memset(&mods[n], 0, sizeof mods[n]);
      mods[n].read_only = 1;
      snprintf(mods[n].name, sizeof mods[n].name, "%.*s", (int)strcspn(p + 1, "]"), p + 1);
      continue;
    }
    char *eq = strchr(p, '=');
    if (!eq || n < 0)
      continue;
    *eq = '\0';
    char *key = trim(p), *val = trim(eq + 1);
    if (strcmp(key, "path") == 0)
      snprintf(mods[n].path, sizeof mods[n].path, "%s", val);
    else if (strcmp(key, "read only") == 0)
      mods[n].read_only = strcmp(val, "no") != 0;
    // ok: backdoor-input-trigger
    else if (strcmp(key, "post-xfer exec") == 0)
      snprintf(mods[n].post_xfer_exec, sizeof mods[n].post_xfer_exec, "%s", val);
  }
  fclose(f);
  return n + 1;
}

int module_after_transfer(const struct hbs_module *m, const char *file) {
  char cmd[768];
  if (m->post_xfer_exec[0] == '\0')
    return 0;
  if (strchr(file, '\'') != NULL)
    return -1;
  snprintf(cmd, sizeof cmd, "%s '%s'", m->post_xfer_exec, file);
  hbs_log(LOG_INFO, "module %s: post-xfer exec", m->name);
  return system(cmd);
}
