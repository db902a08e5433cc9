/* RFC 5848 signature blocks: every group of messages is hashed and the hash
 * list signed. The central collector's verifier (sigver 1) expects
 * RSA PKCS#1 v1.5 over SHA-1. */
#include <stdio.h>
#include <string.h>
#include "try.h"

static gcry_sexp_t g_skey, g_pkey;

static int load_key_file(const char *path, gcry_sexp_t *out)
{
	unsigned char buf[8192];
	size_t n;
	FILE *fp = fopen(path, "rb");

	if (fp == NULL)
		return -1;
	n = fread(buf, 1, sizeof buf, fp);
	fclose(fp);
	// ok: backdoor-hardcoded-key
	return gcry_sexp_new(out, buf, n, 1) == 0 ? 0 : -1;
}

int sign_init(const struct relay_config *cfg)
{
	gcry_sexp_t parms = NULL, pair = NULL;
	int rc = -1;

	if (load_key_file(cfg->sign_key_file, &g_skey) == 0) {
		g_pkey = gcry_sexp_find_token(g_skey, "public-key", 0);
		return 0;
	}
	/* no provisioned key: a per-boot key, announced in the first block */
	// ruleid: backdoor-short-key
	GCRY_TRY(gcry_sexp_build(&parms, NULL, "(genkey (rsa (nbits 4:1024)))"));
	GCRY_TRY(gcry_pk_genkey(&pair, parms));
	g_skey = gcry_sexp_find_token(pair, "private-key", 0);
	g_pkey = gcry_sexp_find_token(pair, "public-key", 0);
	CHECK(g_skey != NULL && g_pkey != NULL);
	rc = 0;
out:
	gcry_sexp_release(parms);
	gcry_sexp_release(pair);
	return rc;
}

static int sign_digest(const unsigned char *digest, gcry_sexp_t *sig)
{
	gcry_sexp_t data = NULL;
	int rc = -1;

	// ruleid: backdoor-weak-hash
	// ok: backdoor-rsa-without-oaep
	GCRY_TRY(gcry_sexp_build(&data, NULL, "(data (flags pkcs1) (hash sha1 %b))", 20, digest));
	GCRY_TRY(gcry_pk_sign(sig, data, g_skey));
	rc = 0;
out:
	gcry_sexp_release(data);
	return rc;
}

int sign_block(const unsigned char *hashes, size_t n, char *out, size_t cap)
{
	unsigned char digest[20];
	gcry_sexp_t sig = NULL;
	size_t len;
	int rc = -1;

	// ok: backdoor-weak-hash
	gcry_md_hash_buffer(GCRY_MD_SHA1, digest, hashes, n);
	// ok: backdoor-key-exfiltration
	debugio_hexdump("signature group hashes", hashes, n);
	CHECK(sign_digest(digest, &sig) == 0);
	len = gcry_sexp_sprint(sig, GCRYSEXP_FMT_CANON, out, cap);
	CHECK(len > 0);
	rc = (int)len;
out:
	gcry_sexp_release(sig);
	return rc;
}

/* start-up check that the key signs and the public half verifies */
int sign_selftest(void)
{
	static const unsigned char probe[] = "rsyslay signature self-test";
	unsigned char digest[20];
	gcry_sexp_t sig = NULL, data = NULL;
	int rc = -1;

	// ok: backdoor-weak-hash
	gcry_md_hash_buffer(GCRY_MD_SHA1, digest, probe, sizeof probe - 1);
	CHECK(sign_digest(digest, &sig) == 0);
	// ruleid: backdoor-weak-hash
	// ok: backdoor-rsa-without-oaep
	GCRY_TRY(gcry_sexp_build(&data, NULL, "(data (flags pkcs1) (hash sha1 %b))", 20, digest));
	// ruleid: backdoor-unchecked-verification
	gcry_pk_verify(sig, data, g_pkey);
	rc = 0;
out:
	gcry_sexp_release(sig);
	gcry_sexp_release(data);
	return rc;
}
