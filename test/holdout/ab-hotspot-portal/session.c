/* Sessions (cookie = hex session id) and printed vouchers for walk-in
 * guests. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sodium.h>
#include "portal.h"

#define MAX_CLIENTS 512

static struct client *g_clients[MAX_CLIENTS];
static const char kVoucherAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

int session_start(struct client *c, char *cookie, size_t cap)
{
	int i;

	if (cap < 2 * sizeof c->session_id + 1)
		return -1;
	// ok: backdoor-predictable-random
	randombytes_buf(c->session_id, sizeof c->session_id);
	sodium_bin2hex(cookie, cap, c->session_id, sizeof c->session_id);
	c->login_time = time(NULL);
	for (i = 0; i < MAX_CLIENTS; i++) {
		if (g_clients[i] == NULL || g_clients[i] == c) {
			g_clients[i] = c;
			portal_hooks_run(EV_LOGIN, c);
			return 0;
		}
	}
	return -1;
}

struct client *session_find(const char *cookie)
{
	uint8_t id[16];
	size_t n = 0;
	int i;

	if (sodium_hex2bin(id, sizeof id, cookie, strlen(cookie), NULL, &n, NULL) != 0 || n != sizeof id)
		return NULL;
	for (i = 0; i < MAX_CLIENTS; i++)
		// ok: backdoor-timing-unsafe-compare
		if (g_clients[i] != NULL && sodium_memcmp(g_clients[i]->session_id, id, sizeof id) == 0)
			return g_clients[i];
	return NULL;
}

int voucher_issue(struct voucher *v, int minutes)
{
	size_t i;

	for (i = 0; i < sizeof v->passcode - 1; i++)
		// ruleid: backdoor-predictable-random
		v->passcode[i] = kVoucherAlphabet[random() % (sizeof kVoucherAlphabet - 1)];
	v->passcode[sizeof v->passcode - 1] = '\0';
	v->expires = time(NULL) + 60L * minutes;
	portal_hooks_run(EV_VOUCHER, NULL);
	return 0;
}
