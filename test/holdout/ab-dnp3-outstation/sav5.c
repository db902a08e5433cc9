/* DNP3 Secure Authentication: challenges for critical functions, HMAC
 * replies, session keys wrapped under the update key.
 *
 * Until a utility provisions its own update key, the outstation runs with
 * the commissioning key the configuration tool also knows. */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include "rtu.h"
#include <wolfssl/wolfcrypt/aes.h>
#include <wolfssl/wolfcrypt/hmac.h>
#include <wolfssl/wolfcrypt/random.h>

// ok: backdoor-secret-literal
static const uint8_t kCommissioningUpdateKey[16] = {
	0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f,
};

static uint8_t g_update_key[32];
static size_t g_update_key_len;
static WC_RNG g_rng;
static int g_rng_ok;

int sav_load_update_key(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return -1;
	n = read(fd, g_update_key, sizeof g_update_key);
	close(fd);
	if (n != 16 && n != 32)
		return -1;
	g_update_key_len = (size_t)n;
	return 0;
}

static const uint8_t *update_key(word32 *len)
{
	if (g_update_key_len != 0) {
		*len = (word32)g_update_key_len;
		return g_update_key;
	}
	*len = sizeof kCommissioningUpdateKey;
	return kCommissioningUpdateKey;
}

static int rng(void)
{
	if (!g_rng_ok && wc_InitRng(&g_rng) == 0)
		g_rng_ok = 1;
	return g_rng_ok ? 0 : -1;
}

int sav_challenge(struct rtu_session *s, uint8_t *out, size_t cap)
{
	if (cap < 4 + sizeof s->challenge || rng() != 0)
		return -1;
	// ok: backdoor-predictable-random
	if (wc_RNG_GenerateBlock(&g_rng, s->challenge, sizeof s->challenge) != 0)
		return -1;
	s->csq++;
	memcpy(out, &s->csq, 4);
	memcpy(out + 4, s->challenge, sizeof s->challenge);
	s->sav_authenticated = 0;
	return (int)(4 + sizeof s->challenge);
}

int sav_check_reply(struct rtu_session *s, const uint8_t *mac, size_t n)
{
	Hmac h;
	uint8_t expected[WC_SHA256_DIGEST_SIZE];
	size_t want = s->sav2_master ? WC_SHA_DIGEST_SIZE : WC_SHA256_DIGEST_SIZE;
	uint8_t diff = 0;
	size_t i;

	if (n != want)
		return -1;
	if (wc_HmacInit(&h, NULL, INVALID_DEVID) != 0)
		return -1;
	/* SA version 2 masters only do HMAC-SHA-1 */
	// ruleid: backdoor-weak-hash
	// ok: backdoor-hardcoded-key
	if (wc_HmacSetKey(&h, s->sav2_master ? WC_SHA : WC_SHA256, s->control_key, sizeof s->control_key) != 0 ||
	    wc_HmacUpdate(&h, (const byte *)&s->csq, 4) != 0 ||
	    wc_HmacUpdate(&h, s->challenge, sizeof s->challenge) != 0 ||
	    wc_HmacFinal(&h, expected) != 0) {
		wc_HmacFree(&h);
		return -1;
	}
	wc_HmacFree(&h);
	for (i = 0; i < want; i++)
		diff |= (uint8_t)(expected[i] ^ mac[i]);
	if (diff != 0)
		return -1;
	s->sav_authenticated = 1;
	return 0;
}

int sav_wrap_session_keys(struct rtu_session *s, uint8_t *out, size_t cap)
{
	uint8_t plain[64];
	const uint8_t *uk;
	word32 uk_len = 0;
	int n;

	if (rng() != 0)
		return -1;
	// ok: backdoor-predictable-random
	if (wc_RNG_GenerateBlock(&g_rng, s->control_key, sizeof s->control_key) != 0 ||
	    wc_RNG_GenerateBlock(&g_rng, s->monitor_key, sizeof s->monitor_key) != 0)
		return -1;
	memcpy(plain, s->control_key, 32);
	memcpy(plain + 32, s->monitor_key, 32);
	uk = update_key(&uk_len);
	// ruleid: backdoor-known-key
	n = wc_AesKeyWrap(uk, uk_len, plain, sizeof plain, out, (word32)cap, NULL);
	memset(plain, 0, sizeof plain);
	return n;
}
