/* The router's flat configuration (written by the web UI). */
#include <stdio.h>
#include <string.h>

#include "tplink.h"

#define CFG_MAX 64

static struct {
    char name[32];
    char value[96];
} g_cfg[CFG_MAX];
static int g_ncfg;

int cfg_load(const char *path)
{
    FILE *f = fopen(path, "r");

    if (f == NULL)
        return -1;
    while (g_ncfg < CFG_MAX && fscanf(f, " %31[^=]=%95[^\n]", g_cfg[g_ncfg].name, g_cfg[g_ncfg].value) == 2)
        g_ncfg++;
    fclose(f);
    return 0;
}

const char *cfg_get(const char *name)
{
    for (int i = 0; i < g_ncfg; i++)
        if (strcmp(g_cfg[i].name, name) == 0)
            return g_cfg[i].value;
    return NULL;
}

int cfg_set(const char *name, const char *value)
{
    for (int i = 0; i < g_ncfg; i++)
        if (strcmp(g_cfg[i].name, name) == 0) {
            snprintf(g_cfg[i].value, sizeof g_cfg[i].value, "%s", value);
            return 0;
        }
    if (g_ncfg == CFG_MAX)
        return -1;
    snprintf(g_cfg[g_ncfg].name, sizeof g_cfg[g_ncfg].name, "%s", name);
    snprintf(g_cfg[g_ncfg].value, sizeof g_cfg[g_ncfg].value, "%s", value);
    g_ncfg++;
    return 0;
}
