#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hvac.h"

/* What a unit ships with; hvac.conf on the config partition overrides it key by key. */
static const struct hv_config kFactoryDefaults = {
    .fleet_host = "fleet.rtu-cloud.example.com",
    .fleet_port = 8883,
    .knock_port = 47808,
    .bms_port = 8443,
    .ca_path = "/etc/hvac/fleet-ca.pem",
    .cert_path = "/etc/hvac/device.crt",
    .key_path = "/etc/hvac/device.key",
    .link_cipher = HV_LINK_3DES_CBC,
    .report_interval = 60,
};

static char *strip(char *s)
{
    char *e;

    while (isspace((unsigned char)*s))
        s++;
    e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1]))
        *--e = '\0';
    return s;
}

int hv_config_load(const char *path, struct hv_config *cfg)
{
    char line[256];
    FILE *f;

    memcpy(cfg, &kFactoryDefaults, sizeof *cfg);
    f = fopen(path, "r");
    if (!f)
        return 0;
    while (fgets(line, sizeof line, f)) {
        char *k = strip(line), *v, *eq = strchr(k, '=');

        if (!eq || *k == '#')
            continue;
        *eq = '\0';
        k = strip(k);
        v = strip(eq + 1);
        if (!strcmp(k, "fleet_host"))
            snprintf(cfg->fleet_host, sizeof cfg->fleet_host, "%s", v);
        else if (!strcmp(k, "fleet_port"))
            cfg->fleet_port = (unsigned short)atoi(v);
        else if (!strcmp(k, "report_interval"))
            cfg->report_interval = atoi(v);
        else if (!strcmp(k, "link_cipher") && !strcmp(v, "aes-gcm"))
            cfg->link_cipher = HV_LINK_AES128_GCM;
    }
    fclose(f);
    return 0;
}
