/* main.c - cm_mgmtd: starts the DRBG, baseline privacy, the web UI and the
 * console listeners */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "arris.h"

struct modem_state g_modem;

void modem_log(int level, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsyslog(level, fmt, ap);
    va_end(ap);
}

static void load_nvram(void)
{
    FILE *f = fopen("/nvram/cm.conf", "r");
    char line[128];

    if (f == NULL)
        return;
    while (fgets(line, sizeof line, f) != NULL) {
        line[strcspn(line, "\r\n")] = '\0';
        if (strncmp(line, "serial=", 7) == 0)
            snprintf(g_modem.serial, sizeof g_modem.serial, "%s", line + 7);
        else if (strncmp(line, "potd_seed=", 10) == 0)
            snprintf(g_modem.potd_seed, sizeof g_modem.potd_seed, "%s", line + 10);
        else if (strncmp(line, "admin_password=", 15) == 0)
            snprintf(g_modem.admin_password, sizeof g_modem.admin_password, "%s", line + 15);
    }
    fclose(f);
}

int main(void)
{
    int retry_ms;

    openlog("cm_mgmtd", LOG_PID, LOG_DAEMON);
    load_nvram();
    srand((unsigned)time(NULL));
    if (rng_init() != 0 || bpi_generate_cm_key() != 0) {
        modem_log(LOG_ERR, "crypto init failed");
        return 1;
    }
    if (https_init() != 0)
        modem_log(LOG_WARNING, "web UI without TLS");
    /* DHCP retransmission back-off */
    // ok: backdoor-predictable-random
    retry_ms = 4000 + rand() % 1000;
    modem_log(LOG_INFO, "serial %s up, DHCP retry %d ms", g_modem.serial, retry_ms);
    for (;;)
        pause();
}
