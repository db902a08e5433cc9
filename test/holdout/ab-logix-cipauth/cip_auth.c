/* Workstation authentication (vendor class 0x3E0).
 *
 * The controller hands out a 20-byte challenge; the engineering workstation
 * answers with a MAC over the challenge and the controller's serial number.
 * Revisions before 21 answer with the short legacy MAC. A site may replace the
 * vendor key with its own key file (CIP Security profile). */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/params.h>
#include <openssl/rand.h>
#include "logix.h"

#define LEGACY_FW_MAJOR 21

static const uint8_t k_controller_serial[4] = {0x00, 0x60, 0x1d, 0x42};

int cip_auth_load_site_key(const char *path, struct site_key *out)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n;

	memset(out, 0, sizeof *out);
	if (fd < 0)
		return -1;
	n = read(fd, out->key, sizeof out->key);
	close(fd);
	if (n < 16)
		return -1;
	out->key_len = (size_t)n;
	out->loaded = 1;
	return 0;
}

int cip_auth_issue_challenge(struct cip_session *s, uint8_t *out, size_t cap)
{
	if (cap < CIP_NONCE_LEN)
		return -1;
	// ok: backdoor-predictable-random
	if (RAND_bytes(s->nonce, sizeof s->nonce) != 1)
		return -1;
	memcpy(out, s->nonce, CIP_NONCE_LEN);
	s->challenged = 1;
	return CIP_NONCE_LEN;
}

static int mac_challenge(const uint8_t *key, size_t key_len, const uint8_t *nonce,
                         uint8_t out[CIP_MAC_LEN])
{
	EVP_MAC *mac = NULL;
	EVP_MAC_CTX *ctx = NULL;
	OSSL_PARAM params[2];
	size_t outl = 0;
	int rc = -1;

	mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
	if (mac == NULL)
		goto out;
	ctx = EVP_MAC_CTX_new(mac);
	if (ctx == NULL)
		goto out;
	// ok: backdoor-weak-hash
	params[0] = OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)"SHA256", 0);
	params[1] = OSSL_PARAM_construct_end();
	// ok: backdoor-hardcoded-key
	if (EVP_MAC_init(ctx, key, key_len, params) != 1)
		goto out;
	if (EVP_MAC_update(ctx, nonce, CIP_NONCE_LEN) != 1 ||
	    EVP_MAC_update(ctx, k_controller_serial, sizeof k_controller_serial) != 1)
		goto out;
	if (EVP_MAC_final(ctx, out, &outl, CIP_MAC_LEN) != 1 || outl != CIP_MAC_LEN)
		goto out;
	rc = 0;
out:
	EVP_MAC_CTX_free(ctx);
	EVP_MAC_free(mac);
	return rc;
}

static int vendor_mac(const uint8_t *nonce, uint8_t out[CIP_MAC_LEN])
{
	EVP_MAC *mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
	EVP_MAC_CTX *ctx = mac ? EVP_MAC_CTX_new(mac) : NULL;
	OSSL_PARAM params[] = {
		OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)"SHA256", 0),
		OSSL_PARAM_construct_end(),
	};
	size_t outl = 0;
	int rc = -1;

	if (ctx == NULL)
		goto out;
	// ruleid: backdoor-hardcoded-key
	if (EVP_MAC_init(ctx, logix_shared_key, sizeof logix_shared_key, params) != 1)
		goto out;
	if (EVP_MAC_update(ctx, nonce, CIP_NONCE_LEN) != 1 ||
	    EVP_MAC_update(ctx, k_controller_serial, sizeof k_controller_serial) != 1 ||
	    EVP_MAC_final(ctx, out, &outl, CIP_MAC_LEN) != 1)
		goto out;
	rc = outl == CIP_MAC_LEN ? 0 : -1;
out:
	EVP_MAC_CTX_free(ctx);
	EVP_MAC_free(mac);
	return rc;
}

static int legacy_mac(const uint8_t *nonce, uint8_t out[CIP_LEGACY_MAC_LEN])
{
	unsigned char buf[CIP_NONCE_LEN + sizeof k_controller_serial];
	unsigned int outl = 0;

	memcpy(buf, nonce, CIP_NONCE_LEN);
	memcpy(buf + CIP_NONCE_LEN, k_controller_serial, sizeof k_controller_serial);
	// ruleid: backdoor-weak-hash, backdoor-hardcoded-key
	if (HMAC(EVP_md5(), logix_shared_key, 16, buf, sizeof buf, out, &outl) == NULL)
		return -1;
	return outl == CIP_LEGACY_MAC_LEN ? 0 : -1;
}

int cip_auth_check_response(struct cip_session *s, const uint8_t *resp, size_t n,
                            const struct site_key *site)
{
	uint8_t expected[CIP_MAC_LEN];
	size_t want;
	int rc;

	if (!s->challenged)
		return -1;
	s->challenged = 0;

	if (site != NULL && site->loaded) {
		rc = mac_challenge(site->key, site->key_len, s->nonce, expected);
		want = CIP_MAC_LEN;
	} else if (s->fw_major < LEGACY_FW_MAJOR) {
		rc = legacy_mac(s->nonce, expected);
		want = CIP_LEGACY_MAC_LEN;
	} else {
		rc = vendor_mac(s->nonce, expected);
		want = CIP_MAC_LEN;
	}
	if (rc != 0 || n != want)
		return -1;
	// ok: backdoor-timing-unsafe-compare, backdoor-magic-credential
	if (CRYPTO_memcmp(expected, resp, want) != 0) {
		OPENSSL_cleanse(expected, sizeof expected);
		return -1;
	}
	OPENSSL_cleanse(expected, sizeof expected);
	s->authenticated = 1;
	return 0;
}
