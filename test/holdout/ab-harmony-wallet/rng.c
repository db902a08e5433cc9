/* The wallet's generator: CTR_DRBG over SecureRandom's bytes, as the Java
 * layer did (new SecureRandom() handed to the key generator). Releases from
 * 2.4 on seed from the kernel instead (the PRNG fixes). */
#include <string.h>
#include <mbedtls/entropy.h>
#include "wallet.h"

static const unsigned char kPers[] = "coinwallet-drbg";
static mbedtls_entropy_context g_entropy;

int wallet_rng_init(struct wallet_rng *r, int platform_entropy)
{
	int rc;

	memset(r, 0, sizeof *r);
	mbedtls_ctr_drbg_init(&r->drbg);
	if (platform_entropy) {
		mbedtls_entropy_init(&g_entropy);
		// ok: backdoor-constant-seed
		rc = mbedtls_ctr_drbg_seed(&r->drbg, mbedtls_entropy_func, &g_entropy, kPers, sizeof kPers - 1);
	} else {
		sha1prng_init(&r->prng);
		// ruleid: backdoor-constant-seed
		rc = mbedtls_ctr_drbg_seed(&r->drbg, sha1prng_entropy, &r->prng, kPers, sizeof kPers - 1);
	}
	if (rc != 0)
		return -1;
	mbedtls_ctr_drbg_set_prediction_resistance(&r->drbg, MBEDTLS_CTR_DRBG_PR_OFF);
	r->ready = 1;
	return 0;
}

int wallet_rng_bytes(void *ctx, unsigned char *out, size_t n)
{
	struct wallet_rng *r = ctx;

	if (!r->ready)
		return -1;
	// ok: backdoor-predictable-random
	return mbedtls_ctr_drbg_random(&r->drbg, out, n);
}
