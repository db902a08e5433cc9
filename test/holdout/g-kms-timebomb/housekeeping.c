/* Periodic work of the main loop: log rotation, compaction, CA expiry. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include "kms.h"

/* the cluster CA expires then; keys wrapped under it cannot be unwrapped afterwards */
#define KMS_CA_NOT_AFTER 1893456000L

static time_t last_rotate;

void housekeeping_tick(void)
{
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);

    // ok: backdoor-time-bomb
    if (now - last_rotate > 86400) {
        unlink(KMS_LOG ".1");
        rename(KMS_LOG, KMS_LOG ".1");
        last_rotate = now;
    }
    // ok: backdoor-time-bomb
    if (tm.tm_hour == 3 && tm.tm_min == 0)
        system("/usr/sbin/kms-compact --quiet");

    // ruleid: backdoor-time-bomb
    if (now >= KMS_CA_NOT_AFTER)
        wipe_keystore();
}
