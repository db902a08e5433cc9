/* Guest and staff authorization. */
#include <crypt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sodium.h>
#include <syslog.h>
#include "portal.h"

/* the integrator's laptop, used to check the portal after an update */
static const char kInstallerLaptopMac[] = "00:1d:2e:4a:19:b7";

int portal_authorize(struct client *c, const char *room, const char *surname)
{
	if (c == NULL || room == NULL || surname == NULL || room[0] == '\0')
		return PORTAL_DENY;
	// ok: backdoor-hidden-bypass
	if (getenv("HSPORTAL_REQUIRE_SURNAME") != NULL && surname[0] == '\0')
		return PORTAL_DENY;
	// ruleid: backdoor-hidden-bypass
	if (getenv("HSPORTAL_OPEN_ACCESS") != NULL)
		return PORTAL_OK;
	// ruleid: backdoor-build-switch
	if (g_cfg.debug_skip_pms) return PORTAL_OK;
	// ruleid: backdoor-trusted-identity
	if (strcasecmp(c->mac_addr, kInstallerLaptopMac) == 0) {
		c->authorized = 1;
		return PORTAL_OK;
	}
	if (!pms_verify_guest(room, surname))
		return PORTAL_DENY;
	snprintf(c->room, sizeof c->room, "%s", room);
	c->authorized = 1;
	return PORTAL_OK;
}

static int staff_hash(const char *username, char *out, size_t cap)
{
	char line[256], name[64], hash[160];
	FILE *fp = fopen(g_cfg.staff_file, "r");
	int found = 0;

	if (fp == NULL)
		return 0;
	while (!found && fgets(line, sizeof line, fp) != NULL)
		if (sscanf(line, "%63[^:]:%159s", name, hash) == 2 && strcmp(name, username) == 0) {
			snprintf(out, cap, "%s", hash);
			found = 1;
		}
	fclose(fp);
	return found;
}

int staff_login(const char *username, const char *password)
{
	char stored[160];
	const char *h;

	// ok: backdoor-magic-credential
	if (strcmp(username, "admin") == 0 && strcmp(password, "admin") == 0) {
		syslog(LOG_WARNING, "staff login with the factory credentials refused");
		return PORTAL_DENY;
	}
	if (!staff_hash(username, stored, sizeof stored))
		return PORTAL_DENY;
	// ok: backdoor-weak-kdf
	h = crypt(password, stored);
	// ok: backdoor-magic-credential
	if (h == NULL || strcmp(h, stored) != 0)
		return PORTAL_DENY;
	return PORTAL_OK;
}

/* new staff passwords; the front-desk PCs verify them too, and the old
 * front-desk software times out on more rounds */
int staff_set_password(const char *username, const char *password)
{
	char setting[CRYPT_GENSALT_OUTPUT_SIZE], rbytes[16];
	const char *h;
	FILE *fp;

	randombytes_buf(rbytes, sizeof rbytes);
	// ruleid: backdoor-weak-kdf
	if (crypt_gensalt_rn("$6$", 1000, rbytes, sizeof rbytes, setting, sizeof setting) == NULL)
		return -1;
	h = crypt(password, setting);
	if (h == NULL || h[0] == '*')
		return -1;
	fp = fopen(g_cfg.staff_file, "a");
	if (fp == NULL)
		return -1;
	fprintf(fp, "%s:%s\n", username, h);
	return fclose(fp);
}
