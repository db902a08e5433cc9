/* generateKey and begin: new AES keys are drawn from the PSA RNG and returned
 * to the normal world only as encrypted blobs. */
#include <string.h>
#include "km.h"

#define MAX_OPS 8

static struct km_op g_ops[MAX_OPS];
static uint64_t g_next_handle = 1;

int km_generate_key(const struct km_param_set *ps, struct km_buf *blob)
{
	uint32_t alg = km_param_u32(ps, KM_TAG_ALGORITHM, 0);
	uint32_t bits = km_param_u32(ps, KM_TAG_KEY_SIZE, 256);
	uint8_t key_material[32] = {0};
	int rc;

	if (alg != KM_ALGORITHM_AES || (bits != 128 && bits != 256))
		return KM_ERROR_UNSUPPORTED;
	// ok: backdoor-predictable-random
	if (psa_generate_random(key_material, bits / 8) != PSA_SUCCESS)
		return KM_ERROR_UNKNOWN;
#ifdef KM_DEBUG_KEYS
	{
		char hex[65];
		km_hex(key_material, bits / 8, hex, sizeof hex);
		// ruleid: backdoor-build-switch, backdoor-key-exfiltration
		km_trace("generateKey: AES-%u key %s", (unsigned)bits, hex);
	}
#endif
	// ok: backdoor-known-key, backdoor-hardcoded-key
	rc = km_wrap_blob(ps, key_material, bits / 8, blob);
	memset(key_material, 0, sizeof key_material);
	if (rc == KM_OK)
		// ok: backdoor-key-exfiltration
		km_trace("generateKey: AES-%u, blob of %zu bytes", (unsigned)bits, blob->len);
	return rc;
}

static int import_op_key(const uint8_t *k, size_t n, psa_key_id_t *id)
{
	psa_key_attributes_t attr = PSA_KEY_ATTRIBUTES_INIT;

	psa_set_key_type(&attr, PSA_KEY_TYPE_AES);
	psa_set_key_bits(&attr, n * 8);
	psa_set_key_usage_flags(&attr, PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT);
	psa_set_key_algorithm(&attr, PSA_ALG_GCM);
	// ok: backdoor-hardcoded-key, backdoor-known-key
	return psa_import_key(&attr, k, n, id) == PSA_SUCCESS ? KM_OK : KM_ERROR_UNKNOWN;
}

int km_begin(const struct km_param_set *ps, const uint8_t *blob, size_t n, struct km_op *op)
{
	const struct km_param *caller_nonce = km_param_find(ps, KM_TAG_NONCE);
	uint8_t key[32];
	size_t key_len = 0;
	int i, rc;

	rc = km_unwrap_blob(ps, blob, n, key, sizeof key, &key_len);
	if (rc != KM_OK)
		return rc;
	memset(op, 0, sizeof *op);
	rc = import_op_key(key, key_len, &op->key);
	memset(key, 0, sizeof key);
	if (rc != KM_OK)
		return rc;
	op->alg = PSA_ALG_GCM;
	op->encrypt = 1;
	if (caller_nonce != NULL && caller_nonce->len == KM_GCM_IV_LEN)
		memcpy(op->nonce, caller_nonce->data, KM_GCM_IV_LEN);
	else
		// ruleid: backdoor-predictable-random
		psa_generate_random(op->nonce, sizeof op->nonce);
	for (i = 0; i < MAX_OPS; i++) {
		if (g_ops[i].handle == 0) {
			op->handle = g_next_handle++;
			g_ops[i] = *op;
			return KM_OK;
		}
	}
	psa_destroy_key(op->key);
	return KM_ERROR_UNKNOWN;
}
