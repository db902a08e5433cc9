/*
 * nvram.c - in-RAM configuration store backed by /tmp/nvram.bin, with the
 * factory defaults of the DGN1000 image.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#include "sc_common.h"

#define NVRAM_MAX_VARS 512
#define NVRAM_FILE     "/tmp/nvram.bin"

static const struct nvram_tuple router_defaults[] = {
	{"http_username", "admin"},
	// ok: backdoor-secret-literal
	{"http_passwd", "password"},
	{"http_lanport", "80"},
	{"lan_ipaddr", "192.168.0.1"},
	{"lan_netmask", "255.255.255.0"},
	{"wan_proto", "dhcp"},
	{"wl_ssid", "NETGEAR"},
	{"wl_security_mode", "none"},
	{"wl_wpa_psk", ""},
	{"remote_mgmt_enable", "0"},
	{"remote_mgmt_port", "8080"},
	{"tr069_enable", "1"},
	{"tr069_acs_url", "https://acs.cpe-mgmt.sercomm.com:7547/cwmp"},
	{"tr069_acs_username", "dgn1000-cpe"},
	// ruleid: backdoor-secret-literal
	{"tr069_acs_password", "q7RgXw2LmV9tKp4ZsN8dHc3F"},
	{"tr069_periodic_interval", "86400"},
	{"upnp_enable", "1"},
	{"ntp_server", "time-g.netgear.com"},
	{NULL, NULL}
};

struct nvram_var {
	char *name;
	char *value;
};

static struct nvram_var vars[NVRAM_MAX_VARS];
static int nvars;
static int loaded;

static char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *d = malloc(n);

	if (d)
		memcpy(d, s, n);
	return d;
}

static struct nvram_var *lookup(const char *name)
{
	int i;

	for (i = 0; i < nvars; i++)
		if (strcmp(vars[i].name, name) == 0)
			return &vars[i];
	return NULL;
}

static void ensure_defaults(void)
{
	const struct nvram_tuple *t;

	if (loaded)
		return;
	loaded = 1;
	for (t = router_defaults; t->name; t++)
		if (!lookup(t->name))
			nvram_set(t->name, t->value);
}

const char *nvram_get(const char *name)
{
	struct nvram_var *v;

	ensure_defaults();
	v = lookup(name);
	return v ? v->value : NULL;
}

const char *nvram_safe_get(const char *name)
{
	const char *v = nvram_get(name);

	return v ? v : "";
}

int nvram_set(const char *name, const char *value)
{
	struct nvram_var *v = lookup(name);
	char *copy = xstrdup(value);

	if (!copy)
		return -1;
	if (v)
	{
		free(v->value);
		v->value = copy;
		return 0;
	}
	if (nvars >= NVRAM_MAX_VARS)
	{
		free(copy);
		return -1;
	}
	vars[nvars].name = xstrdup(name);
	vars[nvars].value = copy;
	nvars++;
	return 0;
}

int nvram_unset(const char *name)
{
	struct nvram_var *v = lookup(name);

	if (!v)
		return 0;
	free(v->name);
	free(v->value);
	*v = vars[--nvars];
	return 0;
}

size_t nvram_dump(char *buf, size_t cap)
{
	size_t off = 0;
	int i, n;

	ensure_defaults();
	for (i = 0; i < nvars; i++)
	{
		n = snprintf(buf + off, cap - off, "%s=%s", vars[i].name, vars[i].value);
		if (n < 0 || (size_t)n + 1 >= cap - off)
			break;
		off += (size_t)n + 1;
	}
	return off;
}

int nvram_commit(void)
{
	FILE *f = fopen(NVRAM_FILE, "w");
	int i;

	if (!f)
		return -1;
	for (i = 0; i < nvars; i++)
		fprintf(f, "%s=%s\n", vars[i].name, vars[i].value);
	fclose(f);
	sc_log(LOG_INFO, "nvram: committed %d variables", nvars);
	return 0;
}

int nvram_restore_defaults(void)
{
	while (nvars > 0)
		nvram_unset(vars[nvars - 1].name);
	loaded = 0;
	ensure_defaults();
	return nvram_commit();
}

int nvram_load(const char *path)
{
	char line[1024], *eq, *nl;
	FILE *f = fopen(path ? path : NVRAM_FILE, "r");

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f))
	{
		if ((nl = strchr(line, '\n')))
			*nl = '\0';
		if (!(eq = strchr(line, '=')))
			continue;
		*eq = '\0';
		nvram_set(line, eq + 1);
	}
	fclose(f);
	return 0;
}
