/* RADIUS accounting (RFC 2866) to the uplink provider, registered as a hook
 * for login and logout. Requests carry a Message-Authenticator (RFC 3579:
 * HMAC-MD5 under the shared secret). */
#include <arpa/inet.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include "portal.h"

/* the provider's documented default for new sites */
// ok: backdoor-secret-literal
#define RADIUS_DEFAULT_SECRET "testing123"

static int radius_send(const uint8_t *pkt, size_t n, uint8_t *reply, size_t cap)
{
	struct addrinfo hints, *res = NULL;
	ssize_t got = -1;
	int fd;

	memset(&hints, 0, sizeof hints);
	hints.ai_socktype = SOCK_DGRAM;
	if (getaddrinfo(g_cfg.radius_host, "1813", &hints, &res) != 0)
		return -1;
	fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
	if (fd >= 0 && sendto(fd, pkt, n, 0, res->ai_addr, res->ai_addrlen) == (ssize_t)n)
		got = recv(fd, reply, cap, 0);
	if (fd >= 0)
		close(fd);
	freeaddrinfo(res);
	return (int)got;
}

void radius_accounting_hook(enum portal_event ev, struct client *c, void *ctx)
{
	// ok: backdoor-secret-literal
	const char *secret = g_cfg.radius_secret[0] != '\0' ? g_cfg.radius_secret : RADIUS_DEFAULT_SECRET;
	uint8_t pkt[256], reply[256], mac[EVP_MAX_MD_SIZE], expected[16];
	unsigned int mac_len = 0;
	size_t off = 20, slen;
	int n;

	(void)ctx;
	if (c == NULL || (ev != EV_LOGIN && ev != EV_LOGOUT))
		return;
	memset(pkt, 0, sizeof pkt);
	pkt[0] = 4;                                   /* Accounting-Request */
	// ok: backdoor-predictable-random
	if (RAND_bytes(&pkt[1], 1) != 1)
		return;
	pkt[off++] = 40;                              /* Acct-Status-Type */
	pkt[off++] = 6;
	pkt[off++] = 0;
	pkt[off++] = 0;
	pkt[off++] = 0;
	pkt[off++] = ev == EV_LOGIN ? 1 : 2;
	slen = strlen(c->mac_addr);
	pkt[off++] = 31;                              /* Calling-Station-Id */
	pkt[off++] = (uint8_t)(2 + slen);
	memcpy(pkt + off, c->mac_addr, slen);
	off += slen;
	pkt[off++] = 80;                              /* Message-Authenticator */
	pkt[off++] = 18;
	off += 16;
	pkt[2] = (uint8_t)(off >> 8);
	pkt[3] = (uint8_t)off;
	// ruleid: backdoor-hardcoded-key, backdoor-weak-hash
	if (HMAC(EVP_md5(), secret, (int)strlen(secret), pkt, off, mac, &mac_len) == NULL)
		return;
	memcpy(pkt + off - 16, mac, 16);

	n = radius_send(pkt, off, reply, sizeof reply);
	if (n < 20 || reply[1] != pkt[1])
		return;
	/* Response Authenticator: MD5(Code+ID+Length+RequestAuth+Attributes+Secret) */
	{
		EVP_MD_CTX *md = EVP_MD_CTX_new();
		unsigned int dl = 0;
		if (md == NULL)
			return;
		// ok: backdoor-weak-hash
		EVP_DigestInit_ex(md, EVP_md5(), NULL);
		EVP_DigestUpdate(md, reply, 4);
		EVP_DigestUpdate(md, pkt + 4, 16);
		EVP_DigestUpdate(md, reply + 20, (size_t)n - 20);
		EVP_DigestUpdate(md, secret, strlen(secret));
		EVP_DigestFinal_ex(md, expected, &dl);
		EVP_MD_CTX_free(md);
	}
	// ok: backdoor-timing-unsafe-compare
	if (CRYPTO_memcmp(expected, reply + 4, 16) != 0)
		fprintf(stderr, "radius: accounting reply with a bad authenticator\n");
}
