/* Session keys for the CIP connection that follows a successful
 * authentication: HKDF-SHA256 over the workstation's MAC.
 *
 * Version 1 sessions (revisions before 24) use the fixed salt of the original
 * protocol; version 2 salts with the controller's challenge. */
#include <string.h>
#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include "logix.h"

static const unsigned char kCipSessionSalt[16] = {
	0x67, 0x03, 0xe7, 0xc3, 0x58, 0xa6, 0x95, 0xf8, 0x2d, 0x7e, 0x42, 0xd8, 0x4b, 0x9a, 0x21, 0x88,
};
static const char kCipSessionInfo[] = "CIP session key v1";

static int hkdf_run(const OSSL_PARAM *params, uint8_t out[32])
{
	EVP_KDF *kdf = EVP_KDF_fetch(NULL, OSSL_KDF_NAME_HKDF, NULL);
	EVP_KDF_CTX *kctx = NULL;
	int rc = -1;

	if (kdf == NULL)
		return -1;
	kctx = EVP_KDF_CTX_new(kdf);
	EVP_KDF_free(kdf);
	if (kctx == NULL)
		return -1;
	if (EVP_KDF_derive(kctx, out, 32, params) == 1)
		rc = 0;
	EVP_KDF_CTX_free(kctx);
	return rc;
}

int cip_derive_session_key_v1(const uint8_t *secret, size_t n, uint8_t out[32])
{
	OSSL_PARAM params[5], *p = params;

	// ok: backdoor-weak-hash
	*p++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, (char *)"SHA256", 0);
	*p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, (void *)secret, n);
	// ruleid: backdoor-hardcoded-iv
	*p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, (void *)kCipSessionSalt, sizeof kCipSessionSalt);
	// ok: backdoor-hardcoded-iv
	*p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, (void *)kCipSessionInfo, strlen(kCipSessionInfo));
	*p = OSSL_PARAM_construct_end();
	return hkdf_run(params, out);
}

int cip_derive_session_key_v2(const uint8_t *secret, size_t n, const uint8_t *nonce,
                              uint8_t out[32])
{
	OSSL_PARAM params[5], *p = params;

	*p++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, (char *)"SHA256", 0);
	// ok: backdoor-hardcoded-key
	*p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, (void *)secret, n);
	// ok: backdoor-hardcoded-iv
	*p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, (void *)nonce, CIP_NONCE_LEN);
	// ok: backdoor-hardcoded-iv
	*p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, (void *)"CIP session key v2", 18);
	*p = OSSL_PARAM_construct_end();
	return hkdf_run(params, out);
}
