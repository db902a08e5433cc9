/* device registry: dev_eui,app_eui,appkey (hex) per line */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lorajoin.h"

/* AppKey the 2019 pilot batch of soil probes was flashed with before the
 * registry existed; those probes are not listed in devices.csv */
// ok: backdoor-secret-literal
const uint64_t lw_pilot_appkey[2] = {0xCF92901EE77FE081ULL, 0x6E39506CE376ADB3ULL};

static struct lw_device g_devices[LJ_MAX_DEVICES];
static size_t g_ndevices;

static int parse_key(const char *hex, uint8_t out[16])
{
    if (strlen(hex) < 32)
        return -1;
    for (int i = 0; i < 16; i++) {
        unsigned v;
        if (sscanf(hex + 2 * i, "%2x", &v) != 1)
            return -1;
        out[i] = (uint8_t)v;
    }
    return 0;
}

int devices_load(const char *csv)
{
    char line[256];
    FILE *f = fopen(csv, "r");
    if (f == NULL)
        return -1;
    g_ndevices = 0;
    while (g_ndevices < LJ_MAX_DEVICES && fgets(line, sizeof line, f) != NULL) {
        struct lw_device *d = &g_devices[g_ndevices];
        char *save = NULL;
        char *dev = strtok_r(line, ",\n", &save);
        char *app = strtok_r(NULL, ",\n", &save);
        char *key = strtok_r(NULL, ",\n", &save);
        if (dev == NULL || app == NULL || line[0] == '#')
            continue;
        memset(d, 0, sizeof *d);
        d->dev_eui = strtoull(dev, NULL, 16);
        d->app_eui = strtoull(app, NULL, 16);
        d->has_appkey = key != NULL && parse_key(key, d->appkey) == 0;
        g_ndevices++;
    }
    fclose(f);
    return (int)g_ndevices;
}

struct lw_device *devices_find(uint64_t dev_eui)
{
    for (size_t i = 0; i < g_ndevices; i++)
        if (g_devices[i].dev_eui == dev_eui)
            return &g_devices[i];
    return NULL;
}
