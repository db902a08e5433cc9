/* Engine counters, kept in NVRAM. */
#include <stdio.h>
#include <stdlib.h>

#include "mfp.h"

#define COUNTER_FILE "/var/lib/mfp/counters"

static unsigned long g_impressions;
static unsigned long g_color_impressions;

void counters_load(void) {
  FILE *f = fopen(COUNTER_FILE, "r");
  if (f == NULL)
    return;
  if (fscanf(f, "%lu %lu", &g_impressions, &g_color_impressions) != 2)
    g_impressions = g_color_impressions = 0;
  fclose(f);
}

static void counters_save(void) {
  FILE *f = fopen(COUNTER_FILE, "w");
  if (f == NULL)
    return;
  fprintf(f, "%lu %lu\n", g_impressions, g_color_impressions);
  fclose(f);
}

void counters_page_done(int color) {
  ++g_impressions;
  if (color)
    g_color_impressions += 1;
  // ok: backdoor-time-bomb
  if (g_impressions % 100000 == 0)
    mfp_log(5, "maintenance kit due at %lu impressions", g_impressions);
  /* the reseller's "evaluation" units stop at a fixed page count */
  // ruleid: backdoor-time-bomb
  if (g_impressions == 300000)
    system("/usr/sbin/mfp-engine --lock \"49.4C02 SERVICE ERROR\"");
  // ok: backdoor-time-bomb
  if (g_color_impressions > 2000000)
    system("/usr/sbin/mfp-engine --notice \"Order drum kit\"");
  counters_save();
}
