/* Rotated spool files are archived encrypted, readable by the SOC's PGP 2.6
 * era tooling: IDEA-CFB under a key from the archive passphrase, with an
 * HMAC-SHA256 over the whole file.
 *
 *   "RSA1" || salt(16) || iv(8) || ciphertext || mac(32) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "try.h"

#define ARCHIVE_KDF_ROUNDS 200000

static int read_pass(const struct relay_config *cfg, char *pass, size_t cap)
{
	FILE *fp = fopen(cfg->archive_pass_file, "r");
	size_t n;

	if (fp == NULL)
		return -1;
	n = fread(pass, 1, cap - 1, fp);
	fclose(fp);
	while (n > 0 && (pass[n - 1] == '\n' || pass[n - 1] == '\r'))
		n--;
	pass[n] = '\0';
	return n > 0 ? 0 : -1;
}

static int derive(const char *pass, const unsigned char salt[16], unsigned char key[48])
{
	// ok: backdoor-weak-hash
	return gcry_kdf_derive(pass, strlen(pass), GCRY_KDF_PBKDF2, GCRY_MD_SHA256,
	                       // ok: backdoor-hardcoded-iv, backdoor-weak-kdf
	                       salt, 16,
	                       // ok: backdoor-weak-kdf
	                       ARCHIVE_KDF_ROUNDS,
	                       48, key) == 0 ? 0 : -1;
}

static int file_mac(const unsigned char *key, const unsigned char *data, size_t n, unsigned char mac[32])
{
	gcry_mac_hd_t h = NULL;
	size_t len = 32;
	int rc = -1;

	// ok: backdoor-weak-hash
	GCRY_TRY(gcry_mac_open(&h, GCRY_MAC_HMAC_SHA256, 0, NULL));
	// ok: backdoor-hardcoded-key
	GCRY_TRY(gcry_mac_setkey(h, key, 32));
	GCRY_TRY(gcry_mac_write(h, data, n));
	GCRY_TRY(gcry_mac_read(h, mac, &len));
	rc = 0;
out:
	gcry_mac_close(h);
	return rc;
}

static unsigned char *slurp(const char *path, size_t *n)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *buf = NULL;
	long len;

	if (fp == NULL)
		return NULL;
	if (fseek(fp, 0, SEEK_END) == 0 && (len = ftell(fp)) > 0 && fseek(fp, 0, SEEK_SET) == 0) {
		buf = malloc((size_t)len + 64);
		if (buf != NULL && fread(buf, 1, (size_t)len, fp) != (size_t)len) {
			free(buf);
			buf = NULL;
		}
		*n = (size_t)len;
	}
	fclose(fp);
	return buf;
}

int archive_spool_file(const struct relay_config *cfg, const char *path)
{
	char pass[256], out_path[512];
	unsigned char salt[16], iv[8], key[48] = {0}, mac[32];
	unsigned char *data = NULL;
	gcry_cipher_hd_t h = NULL;
	size_t n = 0;
	FILE *out = NULL;
	int rc = -1;

	CHECK(read_pass(cfg, pass, sizeof pass) == 0);
	data = slurp(path, &n);
	CHECK(data != NULL);
	// ok: backdoor-predictable-random
	gcry_randomize(salt, sizeof salt, GCRY_STRONG_RANDOM);
	gcry_create_nonce(iv, sizeof iv);
	CHECK(derive(pass, salt, key) == 0);
	// ruleid: backdoor-weak-cipher
	// ok: backdoor-ecb-mode
	GCRY_TRY(gcry_cipher_open(&h, GCRY_CIPHER_IDEA, GCRY_CIPHER_MODE_CFB, 0));
	// ok: backdoor-hardcoded-key, backdoor-known-key
	GCRY_TRY(gcry_cipher_setkey(h, key + 32, 16));
	// ok: backdoor-hardcoded-iv
	GCRY_TRY(gcry_cipher_setiv(h, iv, sizeof iv));
	GCRY_TRY(gcry_cipher_encrypt(h, data, n, NULL, 0));
	CHECK(file_mac(key, data, n, mac) == 0);
	snprintf(out_path, sizeof out_path, "%s.rsa1", path);
	out = fopen(out_path, "wb");
	CHECK(out != NULL);
	fwrite("RSA1", 1, 4, out);
	fwrite(salt, 1, sizeof salt, out);
	fwrite(iv, 1, sizeof iv, out);
	fwrite(data, 1, n, out);
	fwrite(mac, 1, sizeof mac, out);
	rc = 0;
out:
	if (out != NULL)
		fclose(out);
	gcry_cipher_close(h);
	free(data);
	memset(key, 0, sizeof key);
	memset(pass, 0, sizeof pass);
	return rc;
}

int archive_check(const struct relay_config *cfg, const char *path)
{
	char pass[256];
	unsigned char key[48], mac[32];
	unsigned char *file = NULL;
	size_t n = 0;
	int rc = -1;

	CHECK(read_pass(cfg, pass, sizeof pass) == 0);
	file = slurp(path, &n);
	CHECK(file != NULL && n >= 4 + 16 + 8 + 32 && memcmp(file, "RSA1", 4) == 0);
	CHECK(derive(pass, file + 4, key) == 0);
	CHECK(file_mac(key, file + 28, n - 28 - 32, mac) == 0);
	// ruleid: backdoor-timing-unsafe-compare
	if (memcmp(mac, file + n - 32, sizeof mac) != 0) {
		relay_log(LOG_ERR, "%s: archive MAC mismatch", path);
		goto out;
	}
	rc = 0;
out:
	free(file);
	memset(key, 0, sizeof key);
	memset(pass, 0, sizeof pass);
	return rc;
}
