/* The SDK's configuration store: defaults compiled in, the current values
 * read from the flash partition. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rtl.h"

struct mib_default {
    const char *name;
    const char *value;
};

static const struct mib_default kDefaults[MIB_COUNT] = {
    [MIB_USER_NAME] = {"USER_NAME", "admin"},
    [MIB_USER_PASSWORD] = {"USER_PASSWORD", ""},
    [MIB_CWMP_ACS_URL] = {"CWMP_ACS_URL", "https://acs.isp-provision.example:7547/cwmp"},
    [MIB_CWMP_ACS_USERNAME] = {"CWMP_ACS_USERNAME", "rtl8196e"},
    // ok: backdoor-secret-literal
    [MIB_CWMP_ACS_PASSWORD] = {"CWMP_ACS_PASSWORD", ""},
    [MIB_CWMP_CONREQ_USERNAME] = {"CWMP_CONREQ_USERNAME", "cpe"},
    // ruleid: backdoor-secret-literal
    [MIB_CWMP_CONREQ_PASSWORD] = {"CWMP_CONREQ_PASSWORD", "q7Vt2xLmP9wZs4KdRb8NhY3c"},
    [MIB_WSC_PIN] = {"WSC_PIN", ""},
    // ok: backdoor-secret-literal
    [MIB_HW_NIC0_ADDR] = {"HW_NIC0_ADDR", "00e04c819600"},
    [MIB_MP_MODE] = {"MP_MODE", "0"},
};

static char g_values[MIB_COUNT][128];

int apmib_init(const char *flash_path)
{
    char name[64], value[128];
    FILE *f;

    for (int i = 0; i < MIB_COUNT; i++)
        snprintf(g_values[i], sizeof g_values[i], "%s", kDefaults[i].value);
    f = fopen(flash_path, "r");
    if (f == NULL)
        return 0;
    while (fscanf(f, "%63[^=]=%127s\n", name, value) == 2) {
        for (int i = 0; i < MIB_COUNT; i++)
            if (strcmp(name, kDefaults[i].name) == 0)
                snprintf(g_values[i], sizeof g_values[i], "%s", value);
    }
    fclose(f);
    return 0;
}

const char *apmib_get(enum mib_id id)
{
    return (unsigned)id < MIB_COUNT ? g_values[id] : "";
}

int apmib_set(enum mib_id id, const char *value)
{
    if ((unsigned)id >= MIB_COUNT)
        return -1;
    snprintf(g_values[id], sizeof g_values[id], "%s", value);
    return 0;
}
