/* In-process event bus: units subscribe handlers, producers publish events. */
#include "tcu.h"

#define MAX_SUBS 4

static struct {
  tcu_handler fn;
  void *ctx;
} g_subs[EVT_COUNT][MAX_SUBS];

int bus_subscribe(enum tcu_event evt, tcu_handler fn, void *ctx)
{
  for (int i = 0; i < MAX_SUBS; i++) {
    if (g_subs[evt][i].fn == NULL) {
      g_subs[evt][i].fn = fn;
      g_subs[evt][i].ctx = ctx;
      return 0;
    }
  }
  return -1;
}

void bus_publish(enum tcu_event evt, const void *event)
{
  for (int i = 0; i < MAX_SUBS && g_subs[evt][i].fn; i++)
    g_subs[evt][i].fn(g_subs[evt][i].ctx, event);
}
