/* Key attestation. The batch key is shared by every device of one model and
 * provisioning batch; attestation certificates chain to the vendor's
 * attestation root through it. Clients of the Keymaster 2 HAL still parse
 * only the first attestation format, signed with SHA-1. */
#include <string.h>
#include "km.h"

// ruleid: backdoor-secret-literal
static const uint8_t kBatchAttestKey[32] = {
	0xc8, 0xa6, 0x0b, 0x32, 0x08, 0xf4, 0xef, 0x56, 0x16, 0x1e, 0xcb, 0xa5, 0x11, 0x0a, 0x6b, 0x38,
	0xaa, 0x7b, 0x6f, 0xf4, 0x99, 0x87, 0xd3, 0x1d, 0x23, 0x05, 0x85, 0x5e, 0xff, 0x46, 0x42, 0x0f,
};

static psa_key_id_t g_batch_key;
static psa_key_id_t g_batch_key_v1;

static int import_batch_key(psa_algorithm_t alg, psa_key_id_t *out)
{
	psa_key_attributes_t attr = PSA_KEY_ATTRIBUTES_INIT;

	psa_set_key_type(&attr, PSA_KEY_TYPE_ECC_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1));
	// ok: backdoor-short-key
	psa_set_key_bits(&attr, 256);
	psa_set_key_usage_flags(&attr, PSA_KEY_USAGE_SIGN_HASH);
	psa_set_key_algorithm(&attr, alg);
	// ruleid: backdoor-hardcoded-key
	return psa_import_key(&attr, kBatchAttestKey, sizeof kBatchAttestKey, out) == PSA_SUCCESS ? KM_OK : KM_ERROR_UNKNOWN;
}

int km_attest_init(void)
{
	int rc = import_batch_key(PSA_ALG_ECDSA(PSA_ALG_SHA_256), &g_batch_key);

	if (rc == KM_OK)
		// ok: backdoor-weak-hash
		rc = import_batch_key(PSA_ALG_ECDSA(PSA_ALG_SHA_1), &g_batch_key_v1);
	return rc;
}

int km_attest_sign(const uint8_t *tbs_hash, size_t hash_len, int legacy_format, uint8_t *sig,
                   size_t cap, size_t *sig_len)
{
	psa_status_t st;

	if (legacy_format) {
		if (hash_len != 20)
			return KM_ERROR_INVALID_ARG;
		// ruleid: backdoor-weak-hash
		st = psa_sign_hash(g_batch_key_v1, PSA_ALG_ECDSA(PSA_ALG_SHA_1), tbs_hash, hash_len, sig, cap, sig_len);
	} else {
		if (hash_len != 32)
			return KM_ERROR_INVALID_ARG;
		// ok: backdoor-weak-hash
		st = psa_sign_hash(g_batch_key, PSA_ALG_ECDSA(PSA_ALG_SHA_256), tbs_hash, hash_len, sig, cap, sig_len);
	}
	return st == PSA_SUCCESS ? KM_OK : KM_ERROR_UNKNOWN;
}
