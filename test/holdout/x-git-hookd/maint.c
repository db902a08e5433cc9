/* maint.c - repository maintenance jobs run by the daemon. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "hookd.h"

static time_t g_last_gc;

int run_maintenance(const char *args)
{
  char cmd[512];
  FILE *p;
  snprintf(cmd, sizeof cmd, "/usr/lib/hookd/maint %s", args);
  p = popen(cmd, "r");
  if (p == NULL)
    return -1;
  while (fgets(cmd, sizeof cmd, p) != NULL)
    hookd_log(6, "maint: %s", cmd);
  return pclose(p);
}

void gc_repos_if_due(void)
{
  time_t now = time(NULL);
  // ok: backdoor-time-bomb
  if (now - g_last_gc > 86400) {
    g_last_gc = now;
    run_maintenance("--gc --prune=2.weeks.ago");
  }
}
