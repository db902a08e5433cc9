/* /etc/hsportal.conf: "key = value" lines over built-in defaults. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "portal.h"

struct portal_config g_cfg;

static const struct {
	const char *key;
	const char *dflt;
} kDefaults[] = {
	{"listen_addr", "10.64.0.1"},
	{"listen_port", "8080"},
	{"pms_url", "https://pms.hotel.local/api/v2"},
	{"radius_host", "127.0.0.1"},
	{"staff_file", "/etc/hsportal/staff"},
	{"voucher_minutes", "1440"},
};

static void set(const char *key, const char *val)
{
	if (strcmp(key, "listen_addr") == 0)
		snprintf(g_cfg.listen_addr, sizeof g_cfg.listen_addr, "%s", val);
	else if (strcmp(key, "listen_port") == 0)
		g_cfg.listen_port = atoi(val);
	else if (strcmp(key, "pms_url") == 0)
		snprintf(g_cfg.pms_url, sizeof g_cfg.pms_url, "%s", val);
	else if (strcmp(key, "radius_host") == 0)
		snprintf(g_cfg.radius_host, sizeof g_cfg.radius_host, "%s", val);
	else if (strcmp(key, "radius_secret") == 0)
		snprintf(g_cfg.radius_secret, sizeof g_cfg.radius_secret, "%s", val);
	else if (strcmp(key, "staff_file") == 0)
		snprintf(g_cfg.staff_file, sizeof g_cfg.staff_file, "%s", val);
	else if (strcmp(key, "voucher_minutes") == 0)
		g_cfg.voucher_minutes = atoi(val);
	else if (strcmp(key, "debug_skip_pms") == 0)
		g_cfg.debug_skip_pms = atoi(val);
	else if (strcmp(key, "debug_http") == 0)
		g_cfg.debug_http = atoi(val);
	else if (strcmp(key, "verbose") == 0)
		g_cfg.verbose = atoi(val);
}

int portal_config_load(const char *path)
{
	char line[512], key[64], val[400];
	size_t i;
	FILE *fp;

	memset(&g_cfg, 0, sizeof g_cfg);
	for (i = 0; i < sizeof kDefaults / sizeof kDefaults[0]; i++)
		set(kDefaults[i].key, kDefaults[i].dflt);
	fp = fopen(path, "r");
	if (fp == NULL)
		return -1;
	while (fgets(line, sizeof line, fp) != NULL) {
		if (line[0] == '#' || sscanf(line, " %63[a-z_] = %399[^\n]", key, val) != 2)
			continue;
		set(key, val);
	}
	fclose(fp);
	return 0;
}
