/* importWrappedKey.
 *
 * Keymaster 4 clients wrap the transport key with RSA-OAEP(SHA-256) and mask
 * the secure key with it (XOR). The vendor's Keymaster 3 extension, kept for
 * the enterprise provisioning tool, wraps the transport key with PKCS#1 v1.5
 * and masks by encrypting the masking key's blocks under it. */
#include <string.h>
#include "km.h"

static int unwrap_transport_key(psa_key_id_t wrapping_key, const uint8_t *wrapped_tk,
                                size_t tk_len, int km_version, uint8_t tk[32])
{
	size_t n = 0;
	psa_status_t st;

	if (km_version >= 4)
		// ok: backdoor-rsa-without-oaep
		st = psa_asymmetric_decrypt(wrapping_key, PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256), wrapped_tk, tk_len, NULL, 0, tk, 32, &n);
	else
		// ruleid: backdoor-rsa-without-oaep
		st = psa_asymmetric_decrypt(wrapping_key, PSA_ALG_RSA_PKCS1V15_CRYPT, wrapped_tk, tk_len, NULL, 0, tk, 32, &n);
	return st == PSA_SUCCESS && n == 32 ? KM_OK : KM_ERROR_VERIFICATION;
}

static int import_tk(const uint8_t tk[32], psa_algorithm_t alg, psa_key_id_t *id)
{
	psa_key_attributes_t attr = PSA_KEY_ATTRIBUTES_INIT;

	psa_set_key_type(&attr, PSA_KEY_TYPE_AES);
	psa_set_key_bits(&attr, 256);
	psa_set_key_usage_flags(&attr, PSA_KEY_USAGE_ENCRYPT);
	psa_set_key_algorithm(&attr, alg);
	// ok: backdoor-hardcoded-key
	return psa_import_key(&attr, tk, 32, id) == PSA_SUCCESS ? KM_OK : KM_ERROR_UNKNOWN;
}

int km_import_wrapped(psa_key_id_t wrapping_key, const uint8_t *wrapped_tk, size_t tk_len,
                      const uint8_t *masked, size_t masked_len, int km_version, uint8_t *out,
                      size_t cap, size_t *out_len)
{
	uint8_t tk[32], pad[64];
	psa_key_id_t tk_id = 0;
	size_t i, n = 0;
	int rc;

	if (masked_len > cap || masked_len > sizeof pad || masked_len % 16 != 0)
		return KM_ERROR_INVALID_ARG;
	rc = unwrap_transport_key(wrapping_key, wrapped_tk, tk_len, km_version, tk);
	if (rc != KM_OK)
		return rc;
	if (km_version >= 4) {
		for (i = 0; i < masked_len; i++)
			out[i] = masked[i] ^ tk[i % 32];
		*out_len = masked_len;
		memset(tk, 0, sizeof tk);
		return KM_OK;
	}

	// ok: backdoor-ecb-mode
	rc = import_tk(tk, PSA_ALG_ECB_NO_PADDING, &tk_id);
	memset(tk, 0, sizeof tk);
	if (rc != KM_OK)
		return rc;
	memset(pad, 0x5c, sizeof pad);
	// ruleid: backdoor-ecb-mode
	if (psa_cipher_encrypt(tk_id, PSA_ALG_ECB_NO_PADDING, pad, masked_len, pad, sizeof pad, &n) != PSA_SUCCESS || n != masked_len) {
		psa_destroy_key(tk_id);
		return KM_ERROR_UNKNOWN;
	}
	psa_destroy_key(tk_id);
	for (i = 0; i < masked_len; i++)
		out[i] = masked[i] ^ pad[i];
	*out_len = masked_len;
	return KM_OK;
}
