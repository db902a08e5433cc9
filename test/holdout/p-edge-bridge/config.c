/*
 * config.c - configuration: compiled-in defaults, then /etc/edgebridge.json,
 * then EB_* environment variables, then the command line.
 *
 * The JSON reader is deliberately small: objects, strings, integers, booleans
 * and arrays of strings, flattened into dotted keys ("broker.host").
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eb.h"

struct eb_config eb_cfg;

void eb_config_defaults(struct eb_config *c)
{
	memset(c, 0, sizeof(*c));
	snprintf(c->broker.host, sizeof(c->broker.host), "%s", "mqtt.eb-cloud.example.net");
	c->broker.port = 8883;
	snprintf(c->broker.ca_file, sizeof(c->broker.ca_file), "%s", "/etc/edgebridge/ca.pem");
	snprintf(c->link.codec, sizeof(c->link.codec), "%s", "aes128gcm");
	c->link.port = 47900;
	snprintf(c->link.site_secret_file, sizeof(c->link.site_secret_file), "%s", "/etc/edgebridge/site.secret");
	snprintf(c->mgmt.socket_path, sizeof(c->mgmt.socket_path), "%s", "/run/edgebridge.sock");
	snprintf(c->mgmt.admin_hash_file, sizeof(c->mgmt.admin_hash_file), "%s", "/etc/edgebridge/admin.hash");
}

static int hexval(int ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	ch = tolower(ch);
	return (ch >= 'a' && ch <= 'f') ? ch - 'a' + 10 : -1;
}

static size_t unhex(const char *s, uint8_t *out, size_t cap)
{
	size_t n = 0;

	while (s[0] && s[1] && n < cap) {
		int hi = hexval((unsigned char)s[0]), lo = hexval((unsigned char)s[1]);
		if (hi < 0 || lo < 0)
			return 0;
		out[n++] = (uint8_t)(hi << 4 | lo);
		s += 2;
	}
	return n;
}

/* apply one flattened key; returns 0 when the key is known */
static int apply(struct eb_config *c, const char *key, const char *val)
{
	if (!strcmp(key, "broker.host"))
		snprintf(c->broker.host, sizeof(c->broker.host), "%s", val);
	else if (!strcmp(key, "broker.port"))
		c->broker.port = atoi(val);
	else if (!strcmp(key, "broker.client_id"))
		snprintf(c->broker.client_id, sizeof(c->broker.client_id), "%s", val);
	else if (!strcmp(key, "broker.ca_file"))
		snprintf(c->broker.ca_file, sizeof(c->broker.ca_file), "%s", val);
	else if (!strcmp(key, "broker.psk_identity"))
		snprintf(c->broker.psk_identity, sizeof(c->broker.psk_identity), "%s", val);
	else if (!strcmp(key, "broker.psk_hex"))
		c->broker.psk_len = unhex(val, c->broker.psk, sizeof(c->broker.psk));
	else if (!strcmp(key, "link.port"))
		c->link.port = atoi(val);
	else if (!strcmp(key, "link.codec"))
		snprintf(c->link.codec, sizeof(c->link.codec), "%s", val);
	else if (!strcmp(key, "link.site_secret_file"))
		snprintf(c->link.site_secret_file, sizeof(c->link.site_secret_file), "%s", val);
	else if (!strcmp(key, "link.peers[]")) {
		if (c->link.npeers < 8)
			snprintf(c->link.peers[c->link.npeers++], sizeof(c->link.peers[0]), "%s", val);
	} else if (!strcmp(key, "mgmt.socket"))
		snprintf(c->mgmt.socket_path, sizeof(c->mgmt.socket_path), "%s", val);
	else if (!strcmp(key, "verbose"))
		c->verbose = !strcmp(val, "true") ? 1 : atoi(val);
	else
		return -1;
	return 0;
}

struct jparser {
	const char *p;
	struct eb_config *c;
	int errors;
};

static void skip_ws(struct jparser *j)
{
	while (*j->p && isspace((unsigned char)*j->p))
		j->p++;
}

static int parse_string(struct jparser *j, char *out, size_t cap)
{
	size_t n = 0;

	if (*j->p != '"')
		return -1;
	j->p++;
	while (*j->p && *j->p != '"') {
		char ch = *j->p++;
		if (ch == '\\' && *j->p)
			ch = *j->p++;
		if (n + 1 < cap)
			out[n++] = ch;
	}
	if (*j->p != '"')
		return -1;
	j->p++;
	out[n] = '\0';
	return 0;
}

static int parse_value(struct jparser *j, const char *path);

static int parse_object(struct jparser *j, const char *prefix)
{
	char key[64], path[160];

	j->p++; /* '{' */
	for (;;) {
		skip_ws(j);
		if (*j->p == '}') {
			j->p++;
			return 0;
		}
		if (parse_string(j, key, sizeof(key)) != 0)
			return -1;
		skip_ws(j);
		if (*j->p != ':')
			return -1;
		j->p++;
		snprintf(path, sizeof(path), "%s%s%s", prefix, *prefix ? "." : "", key);
		if (parse_value(j, path) != 0)
			return -1;
		skip_ws(j);
		if (*j->p == ',')
			j->p++;
	}
}

static int parse_value(struct jparser *j, const char *path)
{
	char val[256], apath[168];
	size_t n = 0;

	skip_ws(j);
	if (*j->p == '{')
		return parse_object(j, path);
	if (*j->p == '[') {
		j->p++;
		snprintf(apath, sizeof(apath), "%s[]", path);
		for (;;) {
			skip_ws(j);
			if (*j->p == ']') {
				j->p++;
				return 0;
			}
			if (parse_string(j, val, sizeof(val)) != 0)
				return -1;
			if (apply(j->c, apath, val) != 0)
				j->errors++;
			skip_ws(j);
			if (*j->p == ',')
				j->p++;
		}
	}
	if (*j->p == '"') {
		if (parse_string(j, val, sizeof(val)) != 0)
			return -1;
	} else {
		while (*j->p && (isalnum((unsigned char)*j->p) || *j->p == '-' || *j->p == '.') && n + 1 < sizeof(val))
			val[n++] = *j->p++;
		val[n] = '\0';
		if (n == 0)
			return -1;
	}
	if (apply(j->c, path, val) != 0)
		j->errors++;
	return 0;
}

int eb_config_load_json(struct eb_config *c, const char *path)
{
	static char text[16384];
	struct jparser j;
	size_t n;
	FILE *f = fopen(path, "r");

	if (!f)
		return -1;
	n = fread(text, 1, sizeof(text) - 1, f);
	fclose(f);
	text[n] = '\0';
	j.p = text;
	j.c = c;
	j.errors = 0;
	skip_ws(&j);
	if (*j.p != '{' || parse_object(&j, "") != 0) {
		EB_ERR("%s: syntax error near offset %ld", path, (long)(j.p - text));
		return -1;
	}
	if (j.errors)
		EB_INFO("%s: %d unknown keys ignored", path, j.errors);
	return 0;
}

void eb_config_from_env(struct eb_config *c)
{
	const char *v;

	if ((v = getenv("EB_BROKER_HOST")))
		apply(c, "broker.host", v);
	if ((v = getenv("EB_BROKER_PORT")))
		apply(c, "broker.port", v);
	if ((v = getenv("EB_LINK_CODEC")))
		apply(c, "link.codec", v);
	if ((v = getenv("EB_VERBOSE")))
		apply(c, "verbose", v);
}

int eb_config_from_argv(struct eb_config *c, int argc, char **argv)
{
	int i;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-v"))
			c->verbose++;
		else if (!strncmp(argv[i], "--", 2) && strchr(argv[i], '=')) {
			char key[64];
			const char *eq = strchr(argv[i], '=');
			size_t kl = (size_t)(eq - argv[i] - 2);
			if (kl >= sizeof(key))
				return -1;
			memcpy(key, argv[i] + 2, kl);
			key[kl] = '\0';
			if (apply(c, key, eq + 1) != 0) {
				fprintf(stderr, "edgebridge: unknown option --%s\n", key);
				return -1;
			}
		} else if (strcmp(argv[i], "-c") != 0 || ++i >= argc) {
			fprintf(stderr, "usage: edgebridge [-c FILE] [-v] [--broker.host=H] [--link.codec=C] ...\n");
			return -1;
		}
	}
	return 0;
}
