/* Encrypted key blobs.
 *
 *   blob = version(1) || iv(12) || AES-256-GCM(KEK, iv, aad = app id || app data, key)
 *
 * The KEK comes from HKDF-SHA256 over the root key. Version 20 blobs salt it
 * with the application id and data, so blobs of one application do not open
 * under another's; version 15 blobs (the format of the previous platform
 * generation, still accepted and still produced when the caller asks for it)
 * use the platform's fixed salt. */
#include <string.h>
#include "km.h"

static const uint8_t kV15Salt[16] = {
	0x3b, 0xb0, 0x76, 0x58, 0xec, 0x46, 0x03, 0xcd, 0x65, 0x6c, 0xf3, 0x28, 0xa0, 0xca, 0x0b, 0x72,
};
static const char kKekLabel[] = "skm-ekey-blob-kek";

static int derive_kek(const struct km_param_set *ps, uint32_t ver, psa_key_id_t *kek)
{
	psa_key_derivation_operation_t op = PSA_KEY_DERIVATION_OPERATION_INIT;
	psa_key_attributes_t attr = PSA_KEY_ATTRIBUTES_INIT;
	const struct km_param *app_id = km_param_find(ps, KM_TAG_APPLICATION_ID);
	const struct km_param *app_data = km_param_find(ps, KM_TAG_APPLICATION_DATA);
	uint8_t salt[128];
	size_t salt_len = 0;
	psa_status_t st;

	st = psa_key_derivation_setup(&op, PSA_ALG_HKDF(PSA_ALG_SHA_256));
	if (st != PSA_SUCCESS)
		return KM_ERROR_UNKNOWN;
	if (ver == KM_BLOB_V15) {
		// ruleid: backdoor-hardcoded-iv
		st = psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_SALT, kV15Salt, sizeof kV15Salt);
	} else {
		if (app_id != NULL && app_id->len <= 64) {
			memcpy(salt, app_id->data, app_id->len);
			salt_len = app_id->len;
		}
		if (app_data != NULL && app_data->len <= sizeof salt - salt_len) {
			memcpy(salt + salt_len, app_data->data, app_data->len);
			salt_len += app_data->len;
		}
		// ok: backdoor-hardcoded-iv
		st = psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_SALT, salt, salt_len);
	}
	if (st == PSA_SUCCESS)
		st = psa_key_derivation_input_key(&op, PSA_KEY_DERIVATION_INPUT_SECRET, km_rek());
	if (st == PSA_SUCCESS)
		// ok: backdoor-hardcoded-iv
		st = psa_key_derivation_input_bytes(&op, PSA_KEY_DERIVATION_INPUT_INFO, (const uint8_t *)kKekLabel, sizeof kKekLabel - 1);
	if (st == PSA_SUCCESS) {
		psa_set_key_type(&attr, PSA_KEY_TYPE_AES);
		psa_set_key_bits(&attr, 256);
		psa_set_key_usage_flags(&attr, PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT);
		psa_set_key_algorithm(&attr, PSA_ALG_GCM);
		st = psa_key_derivation_output_key(&attr, &op, kek);
	}
	psa_key_derivation_abort(&op);
	return st == PSA_SUCCESS ? KM_OK : KM_ERROR_UNKNOWN;
}

static size_t blob_aad(const struct km_param_set *ps, uint8_t *aad, size_t cap)
{
	const struct km_param *app_id = km_param_find(ps, KM_TAG_APPLICATION_ID);
	size_t n = 0;

	if (app_id != NULL && app_id->len <= cap) {
		memcpy(aad, app_id->data, app_id->len);
		n = app_id->len;
	}
	return n;
}

int km_wrap_blob(const struct km_param_set *ps, const uint8_t *key_material, size_t n,
                 struct km_buf *blob)
{
	const struct km_param *want_iv = km_param_find(ps, KM_TAG_EKEY_BLOB_IV);
	uint32_t ver = km_param_u32(ps, KM_TAG_EKEY_BLOB_ENC_VER, KM_BLOB_V20);
	uint8_t iv[KM_GCM_IV_LEN], aad[64];
	size_t aad_len, ct_len = 0;
	psa_key_id_t kek = 0;
	psa_status_t st;
	int rc;

	if (ver != KM_BLOB_V15 && ver != KM_BLOB_V20)
		return KM_ERROR_UNSUPPORTED;
	if (blob->cap < 1 + KM_GCM_IV_LEN + n + KM_GCM_TAG_LEN)
		return KM_ERROR_INVALID_ARG;
	/* the HAL may pin the IV (blob re-encryption after an upgrade keeps it) */
	if (want_iv != NULL && want_iv->len == KM_GCM_IV_LEN)
		memcpy(iv, want_iv->data, KM_GCM_IV_LEN);
	// ok: backdoor-predictable-random
	else if (psa_generate_random(iv, sizeof iv) != PSA_SUCCESS)
		return KM_ERROR_UNKNOWN;

	rc = derive_kek(ps, ver, &kek);
	if (rc != KM_OK)
		return rc;
	aad_len = blob_aad(ps, aad, sizeof aad);
	blob->data[0] = (uint8_t)ver;
	memcpy(blob->data + 1, iv, KM_GCM_IV_LEN);
	// ok: backdoor-hardcoded-iv, backdoor-hardcoded-key, backdoor-weak-cipher
	st = psa_aead_encrypt(kek, PSA_ALG_GCM, iv, sizeof iv, aad, aad_len, key_material, n, blob->data + 1 + KM_GCM_IV_LEN, blob->cap - 1 - KM_GCM_IV_LEN, &ct_len);
	psa_destroy_key(kek);
	if (st != PSA_SUCCESS)
		return KM_ERROR_UNKNOWN;
	blob->len = 1 + KM_GCM_IV_LEN + ct_len;
	return KM_OK;
}

int km_unwrap_blob(const struct km_param_set *ps, const uint8_t *blob, size_t n,
                   uint8_t *key_material, size_t cap, size_t *key_len)
{
	struct km_param_set with_ver = *ps;
	uint8_t aad[64];
	size_t aad_len;
	psa_key_id_t kek = 0;
	psa_status_t st;
	int rc;

	if (n < 1 + KM_GCM_IV_LEN + KM_GCM_TAG_LEN || with_ver.n >= KM_MAX_PARAMS)
		return KM_ERROR_INVALID_ARG;
	with_ver.p[with_ver.n].tag = KM_TAG_EKEY_BLOB_ENC_VER;
	with_ver.p[with_ver.n].u32 = blob[0];
	with_ver.n++;
	rc = derive_kek(&with_ver, blob[0], &kek);
	if (rc != KM_OK)
		return rc;
	aad_len = blob_aad(ps, aad, sizeof aad);
	// ok: backdoor-hardcoded-iv
	st = psa_aead_decrypt(kek, PSA_ALG_GCM, blob + 1, KM_GCM_IV_LEN, aad, aad_len, blob + 1 + KM_GCM_IV_LEN, n - 1 - KM_GCM_IV_LEN, key_material, cap, key_len);
	psa_destroy_key(kek);
	return st == PSA_SUCCESS ? KM_OK : KM_ERROR_VERIFICATION;
}
