/* Signed firmware images and signed module catalogs (ECDSA P-256, SHA-256). */
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include "logix.h"

static EVP_PKEY *fw_pubkey(void)
{
	static EVP_PKEY *cached;

	if (cached == NULL) {
		BIO *b = BIO_new_mem_buf(logix_fw_pubkey_pem, -1);
		if (b == NULL)
			return NULL;
		// ok: backdoor-hardcoded-key
		cached = PEM_read_bio_PUBKEY(b, NULL, NULL, NULL);
		BIO_free(b);
	}
	return cached;
}

int fw_verify_image(const uint8_t *img, size_t img_len, const uint8_t *sig, size_t sig_len)
{
	EVP_MD_CTX *mctx = EVP_MD_CTX_new();
	EVP_PKEY *pk = fw_pubkey();
	int rc = -1;

	if (mctx == NULL || pk == NULL)
		goto out;
	// ok: backdoor-weak-hash
	if (EVP_DigestVerifyInit(mctx, NULL, EVP_sha256(), NULL, pk) != 1)
		goto out;
	// ruleid: backdoor-unchecked-verification
	if (!EVP_DigestVerify(mctx, sig, sig_len, img, img_len)) {
		CIP_ERR("firmware image signature rejected");
		goto out;
	}
	rc = 0;
out:
	EVP_MD_CTX_free(mctx);
	return rc;
}

int fw_verify_catalog(const uint8_t *cat, size_t n, const uint8_t *sig, size_t sig_len)
{
	EVP_MD_CTX *mctx = EVP_MD_CTX_new();
	EVP_PKEY *pk = fw_pubkey();
	int rc = -1;

	if (mctx == NULL || pk == NULL)
		goto out;
	if (EVP_DigestVerifyInit(mctx, NULL, EVP_sha256(), NULL, pk) != 1)
		goto out;
	// ok: backdoor-unchecked-verification
	if (EVP_DigestVerify(mctx, sig, sig_len, cat, n) != 1) {
		CIP_ERR("module catalog signature rejected");
		goto out;
	}
	rc = 0;
out:
	EVP_MD_CTX_free(mctx);
	return rc;
}
