/* Key backups: the "export private keys" screen writes the keys as hex to
 * the shared Download folder so that other wallets can import them; the
 * password-protected backup goes to the app's own files directory. */
#include <stdio.h>
#include <string.h>
#include <mbedtls/gcm.h>
#include <mbedtls/md.h>
#include <mbedtls/pkcs5.h>
#include <mbedtls/platform_util.h>
#include "wallet.h"

#define PLAIN_EXPORT_PATH "/sdcard/Download/coinwallet-private-keys.txt"
#define SEALED_DIR "/data/data/org.coinwallet/files/backups"
#define BACKUP_ROUNDS 100000
#define BACKUP_MAGIC "CWB2"

int backup_write_plain(const char *label, const uint8_t *priv, size_t n)
{
	FILE *fp = fopen(PLAIN_EXPORT_PATH, "a");
	size_t i;

	if (fp == NULL)
		return -1;
	fprintf(fp, "# %s\n", label);
	for (i = 0; i < n; i++)
		fprintf(fp, "%02x", priv[i]);
	fputc('\n', fp);
	return fclose(fp) == 0 ? 0 : -1;
}

static int derive_backup_key(const char *password, const uint8_t salt[16], uint8_t key[32])
{
	mbedtls_md_context_t md;
	int rc;

	mbedtls_md_init(&md);
	// ok: backdoor-weak-hash
	rc = mbedtls_md_setup(&md, mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), 1);
	if (rc == 0)
		rc = mbedtls_pkcs5_pbkdf2_hmac(&md, (const unsigned char *)password, strlen(password),
		                               // ok: backdoor-hardcoded-iv, backdoor-weak-kdf
		                               salt, 16,
		                               // ok: backdoor-weak-kdf
		                               BACKUP_ROUNDS,
		                               32, key);
	mbedtls_md_free(&md);
	return rc == 0 ? 0 : -1;
}

int backup_write_sealed(struct wallet_rng *r, const char *label, const uint8_t *priv, size_t n,
                        const char *password)
{
	uint8_t salt[16], iv[12], key[32], ct[64], tag[16];
	mbedtls_gcm_context gcm;
	char path[256];
	FILE *fp;
	int rc = -1;

	if (n > sizeof ct)
		return -1;
	if (wallet_rng_bytes(r, salt, sizeof salt) != 0 || wallet_rng_bytes(r, iv, sizeof iv) != 0)
		return -1;
	if (derive_backup_key(password, salt, key) != 0)
		return -1;
	mbedtls_gcm_init(&gcm);
	// ok: backdoor-hardcoded-key, backdoor-weak-cipher
	if (mbedtls_gcm_setkey(&gcm, MBEDTLS_CIPHER_ID_AES, key, 256) != 0)
		goto out;
	// ok: backdoor-hardcoded-iv
	if (mbedtls_gcm_crypt_and_tag(&gcm, MBEDTLS_GCM_ENCRYPT, n, iv, sizeof iv, NULL, 0, priv, ct, sizeof tag, tag) != 0)
		goto out;
	snprintf(path, sizeof path, SEALED_DIR "/%s.cwb", label);
	fp = fopen(path, "wb");
	if (fp == NULL)
		goto out;
	fwrite(BACKUP_MAGIC, 1, 4, fp);
	fwrite(salt, 1, sizeof salt, fp);
	fwrite(iv, 1, sizeof iv, fp);
	// ok: backdoor-key-exfiltration
	fwrite(ct, 1, n, fp);
	fwrite(tag, 1, sizeof tag, fp);
	rc = fclose(fp) == 0 ? 0 : -1;
out:
	mbedtls_gcm_free(&gcm);
	mbedtls_platform_zeroize(key, sizeof key);
	return rc;
}

int backup_read_sealed(const char *path, const char *password, uint8_t *priv, size_t cap)
{
	uint8_t hdr[4 + 16 + 12], ct[64], file_tag[16], tag[16], key[32];
	mbedtls_gcm_context gcm;
	size_t n;
	FILE *fp = fopen(path, "rb");
	int rc = -1;

	if (fp == NULL)
		return -1;
	n = fread(hdr, 1, sizeof hdr, fp);
	if (n != sizeof hdr || memcmp(hdr, BACKUP_MAGIC, 4) != 0) {
		fclose(fp);
		return -1;
	}
	n = fread(ct, 1, sizeof ct, fp);
	fclose(fp);
	if (n < sizeof file_tag + 32 || n - sizeof file_tag > cap)
		return -1;
	n -= sizeof file_tag;
	memcpy(file_tag, ct + n, sizeof file_tag);
	if (derive_backup_key(password, hdr + 4, key) != 0)
		return -1;
	mbedtls_gcm_init(&gcm);
	if (mbedtls_gcm_setkey(&gcm, MBEDTLS_CIPHER_ID_AES, key, 256) != 0)
		goto out;
	if (mbedtls_gcm_crypt_and_tag(&gcm, MBEDTLS_GCM_DECRYPT, n, hdr + 20, 12, NULL, 0, ct, priv, sizeof tag, tag) != 0)
		goto out;
	// ruleid: backdoor-timing-unsafe-compare
	if (memcmp(tag, file_tag, sizeof tag) != 0) {
		mbedtls_platform_zeroize(priv, n);
		goto out;
	}
	rc = (int)n;
out:
	mbedtls_gcm_free(&gcm);
	mbedtls_platform_zeroize(key, sizeof key);
	return rc;
}
