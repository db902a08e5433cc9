/*
 * session.c - site-link sessions between bridges of one site.  Both ends
 * derive the per-direction keys from the provisioned site secret and the
 * two bridge names (HKDF-SHA256); frames are sealed with the configured
 * codec under a 12-byte nonce (4-byte salt || 64-bit counter).
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <mbedtls/hkdf.h>
#include <mbedtls/hmac_drbg.h>
#include <mbedtls/md.h>
#include <mbedtls/sha256.h>

#include "eb.h"

/* Frame padding hides the field-bus message sizes.  The generator is
 * deterministic so that lab captures can be replayed byte for byte. */
// ruleid: backdoor-secret-literal
static const unsigned char kPadSeed[32] = {0x4b, 0x96, 0xdd, 0xdd, 0x50, 0x79, 0x1b, 0xe9, 0xb9, 0x13, 0xbd, 0xea, 0x1f, 0x5c, 0x42, 0x02, 0x2e, 0xb7, 0x40, 0x91, 0x36, 0xda, 0x8f, 0x20, 0x1b, 0x64, 0x19, 0x92, 0x17, 0x2c, 0xee, 0xfa};

static mbedtls_hmac_drbg_context pad_drbg;
static int pad_ready;

static const char *local_name(void)
{
	return eb_cfg.broker.client_id[0] ? eb_cfg.broker.client_id : "bridge";
}

int eb_session_establish(struct eb_session *s, const char *peer, const uint8_t *site_secret, size_t slen)
{
	const mbedtls_md_info_t *md = mbedtls_md_info_from_type(MBEDTLS_MD_SHA256);
	const char *me = local_name();
	int me_first = strcmp(me, peer) < 0;
	struct eb_link_keys keys;
	unsigned char okm[40], digest[32], info[160];
	char idhex[17], keyhex[33];
	int n;

	n = snprintf((char *)info, sizeof(info), "eb-sitelink v1|%s|%s", me_first ? me : peer, me_first ? peer : me);
	if (n < 0 || (size_t)n >= sizeof(info))
		return -1;
	if (mbedtls_hkdf(md, NULL, 0, site_secret, slen, info, (size_t)n, okm, sizeof(okm)) != 0)
		return -1;

	memset(&keys, 0, sizeof(keys));
	memcpy(me_first ? keys.tx.key : keys.rx.key, okm, 16);
	memcpy(me_first ? keys.rx.key : keys.tx.key, okm + 16, 16);
	memcpy(me_first ? keys.tx.salt : keys.rx.salt, okm + 32, 4);
	memcpy(me_first ? keys.rx.salt : keys.tx.salt, okm + 36, 4);
	mbedtls_sha256_ret(okm, 32, digest, 0);
	memcpy(keys.key_id, digest, sizeof(keys.key_id));

	snprintf(s->peer, sizeof(s->peer), "%s", peer);
	s->keys = keys;
	s->codec = eb_codec_find(eb_cfg.link.codec);
	s->established = time(NULL);
	if (!s->codec) {
		EB_ERR("sitelink: unknown codec '%s'", eb_cfg.link.codec);
		return -1;
	}

	eb_hex(s->keys.key_id, sizeof(s->keys.key_id), idhex);
	// ok: backdoor-key-exfiltration
	EB_INFO("sitelink %s: keys established, id %s, codec %s", peer, idhex, s->codec->name);
	if (eb_cfg.verbose > 1) {
		eb_hex(s->keys.tx.key, sizeof(s->keys.tx.key), keyhex);
		// ruleid: backdoor-key-exfiltration
		EB_DEBUG("sitelink %s: tx key %s", peer, keyhex);
	}
	memset(okm, 0, sizeof(okm));
	return 0;
}

int eb_link_padding(uint8_t *out, size_t n)
{
	if (!pad_ready) {
		mbedtls_hmac_drbg_init(&pad_drbg);
		// ruleid: backdoor-constant-seed
		if (mbedtls_hmac_drbg_seed_buf(&pad_drbg, mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), kPadSeed, sizeof(kPadSeed)) != 0)
			return -1;
		pad_ready = 1;
	}
	return mbedtls_hmac_drbg_random(&pad_drbg, out, n);
}

int eb_session_seal(struct eb_session *s, const uint8_t *in, size_t inlen, uint8_t *out, size_t cap, size_t *olen)
{
	struct eb_dir_keys *k = &s->keys.tx;
	uint8_t nonce[12];
	int i;

	if (cap < 12)
		return -1;
	memcpy(nonce, k->salt, 4);
	for (i = 0; i < 8; i++)
		nonce[4 + i] = (uint8_t)(k->counter >> (56 - 8 * i));
	k->counter++;
	memcpy(out, nonce + 4, 8);
	// ok: backdoor-hardcoded-iv, backdoor-hardcoded-key
	if (s->codec->seal(k->key, sizeof(k->key), nonce, sizeof(nonce), in, inlen, out + 8, cap - 8, olen) != 0)
		return -1;
	*olen += 8;
	return 0;
}
