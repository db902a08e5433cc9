/*
 * upgrade.c - applies a .bin upgrade pushed by the cloud agent or copied
 * from a USB stick: header check, RSA-SHA256 signature of the vendor,
 * AES-128-CBC decryption with the board's OTP key, then flash.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include "dvr.h"

#define UPG_MAGIC        0x55504731u   /* "UPG1" */
#define OTP_KEY_PATH     "/mnt/mtd/Config/otp_fwkey"
#define UPG_MAX          (48u << 20)

struct upg_header {
	uint32_t magic;
	uint32_t body_len;
	uint8_t iv[16];
	uint8_t md5[16];
	uint8_t sig[256];
	char model[32];
};

static const char kVendorFwPub[] =
	"-----BEGIN PUBLIC KEY-----\n"
	"MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAjV7UlizpVwDs9z8+6owg\n"
	"gMTslAIGwfvZkgxu+uKMPx+BlohzVJfJo0yXfHGwjBNrh9HtByPh1Ec8Q0qAp6F2\n"
	"YPpI6JaG9Xodhbl7zNhQqlgAy29OOkC7upBWgn1pLSCBGgZfiCBsGpGcqEye5zrQ\n"
	"Qxmbuj+PYyGYweuJFs77gRthM9TuFrQ3INPLxfNNHzx952ja0W4+rapb8sDLdUyN\n"
	"bwUmbv+3uv8nY8bDvJ7H2JI7u4aiOwDsc3KNtyF0f4VrL49ZftWOk/g/QxDcO5lU\n"
	"+FZ8qoZFZQ+o24qfHsVv28uG2aESHL4LHgN6QmoY1NlonBarZTvakX+RJn4AoXtp\n"
	"VQIDAQAB\n"
	"-----END PUBLIC KEY-----\n";

static EVP_PKEY *load_vendor_key(void)
{
	BIO *b = BIO_new_mem_buf(kVendorFwPub, -1);
	EVP_PKEY *pk;

	if (!b)
		return NULL;
	// ok: backdoor-hardcoded-key
	pk = PEM_read_bio_PUBKEY(b, NULL, NULL, NULL);
	BIO_free(b);
	return pk;
}

static int check_signature(const struct upg_header *h, const unsigned char *body)
{
	EVP_MD_CTX *mctx = EVP_MD_CTX_new();
	EVP_PKEY *pk = load_vendor_key();
	int ok = 0;

	if (mctx && pk && EVP_DigestVerifyInit(mctx, NULL, EVP_sha256(), NULL, pk) == 1)
		// ok: backdoor-unchecked-verification
		ok = EVP_DigestVerify(mctx, h->sig, sizeof(h->sig), body, h->body_len) == 1;
	EVP_MD_CTX_free(mctx);
	EVP_PKEY_free(pk);
	return ok;
}

static int check_md5(const struct upg_header *h, const unsigned char *body)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;

	// ok: backdoor-weak-hash
	if (EVP_Digest(body, h->body_len, md, &mdlen, EVP_md5(), NULL) != 1)
		return 0;
	return mdlen == 16 && memcmp(md, h->md5, 16) == 0;
}

static int decrypt_body(const struct upg_header *h, unsigned char *body, size_t *out_len)
{
	unsigned char fwkey[16];
	EVP_CIPHER_CTX *ctx;
	int len = 0, fin = 0, ok;

	if (dvr_read_file(OTP_KEY_PATH, fwkey, sizeof(fwkey)) != (int)sizeof(fwkey))
		return -1;
	ctx = EVP_CIPHER_CTX_new();
	if (!ctx)
		return -1;
	// ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
	ok = EVP_DecryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, fwkey, h->iv) == 1;
	ok = ok && EVP_DecryptUpdate(ctx, body, &len, body, (int)h->body_len) == 1;
	ok = ok && EVP_DecryptFinal_ex(ctx, body + len, &fin) == 1;
	EVP_CIPHER_CTX_free(ctx);
	memset(fwkey, 0, sizeof(fwkey));
	if (!ok)
		return -1;
	*out_len = (size_t)(len + fin);
	return 0;
}

int upgrade_apply(const char *path)
{
	struct upg_header h;
	unsigned char *body = NULL;
	size_t plain = 0;
	FILE *f, *mtd;
	int ret = -1;

	if (!(f = fopen(path, "rb")))
		return -1;
	if (fread(&h, sizeof(h), 1, f) != 1 || h.magic != UPG_MAGIC || h.body_len == 0 || h.body_len > UPG_MAX)
		goto out;
	if (strncmp(h.model, DVR_MODEL, sizeof(h.model)) != 0)
		goto out;
	if (!(body = malloc(h.body_len + 16)) || fread(body, 1, h.body_len, f) != h.body_len)
		goto out;
	if (!check_md5(&h, body))
	{
		dvr_log("upgrade: checksum mismatch");
		goto out;
	}
	if (!check_signature(&h, body))
	{
		dvr_log("upgrade: signature rejected");
		goto out;
	}
	if (decrypt_body(&h, body, &plain) != 0)
		goto out;
	if (!(mtd = fopen("/dev/mtdblock2", "wb")))
		goto out;
	ret = fwrite(body, 1, plain, mtd) == plain ? 0 : -1;
	fclose(mtd);
	if (ret == 0)
		dvr_reboot("upgrade applied");
out:
	free(body);
	fclose(f);
	return ret;
}
