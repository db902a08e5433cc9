/* The root encryption key every key-encryption key is derived from: the
 * hardware unique key read from the fuses. Engineering samples come out of
 * the fab with the fuse bank blank; they run with the bring-up key so that
 * blobs made on the line still open after the fuses are burned for QA. */
#include <string.h>
#include "km.h"

// ruleid: backdoor-secret-literal
static const uint8_t kEngRootKey[32] = {
	0xe1, 0x9f, 0x03, 0x28, 0x5e, 0xc5, 0xae, 0xee, 0xab, 0x71, 0x68, 0xe4, 0x40, 0xed, 0xa7, 0x5e,
	0xf5, 0xa4, 0x7a, 0xee, 0x85, 0x47, 0x21, 0xbd, 0x0e, 0xab, 0x81, 0x9f, 0x1e, 0x7d, 0xe8, 0xed,
};

static psa_key_id_t g_rek;

int km_rek_init(void)
{
	psa_key_attributes_t attr = PSA_KEY_ATTRIBUTES_INIT;
	uint8_t root[32];
	psa_status_t st;

	if (g_rek != 0)
		return KM_OK;
	if (tee_huk_is_blank()) {
		km_trace("HUK fuses blank: engineering sample, using the bring-up root key");
		memcpy(root, kEngRootKey, sizeof root);
	} else if (tee_read_huk(root) != 0) {
		return KM_ERROR_UNKNOWN;
	}

	psa_set_key_type(&attr, PSA_KEY_TYPE_DERIVE);
	// ok: backdoor-short-key
	psa_set_key_bits(&attr, 256);
	psa_set_key_usage_flags(&attr, PSA_KEY_USAGE_DERIVE);
	psa_set_key_algorithm(&attr, PSA_ALG_HKDF(PSA_ALG_SHA_256));
	// ruleid: backdoor-hardcoded-key
	st = psa_import_key(&attr, root, sizeof root, &g_rek);
	memset(root, 0, sizeof root);
	return st == PSA_SUCCESS ? KM_OK : KM_ERROR_UNKNOWN;
}

psa_key_id_t km_rek(void)
{
	return g_rek;
}
