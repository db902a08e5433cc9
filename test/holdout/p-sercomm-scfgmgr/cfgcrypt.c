/*
 * cfgcrypt.c - "Backup Settings" / "Restore Settings" of the web UI and the
 * firmware image check of "Router Upgrade".
 *
 * The backup file is the nvram dump padded to the AES block size and
 * encrypted so that users do not edit it by hand.
 */
#include <endian.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#include <mbedtls/aes.h>
#include <mbedtls/md5.h>

#include "sc_common.h"

#define CFG_BACKUP_MAGIC   "SCCFG\x01"
#define CFG_BACKUP_MAX     (64 * 1024)
#define FW_MAGIC_HDR0      0x30524448u   /* "HDR0" */

// ruleid: backdoor-secret-literal
static const unsigned char kCfgBackupKey[16] = {0x92, 0xdb, 0x98, 0xb4, 0x3b, 0x29, 0xe2, 0x56, 0x3a, 0x06, 0x5e, 0xcd, 0x7f, 0xbe, 0xb3, 0x5b};

int cfg_backup_crypt(int encrypt, unsigned char *buf, size_t len)
{
	mbedtls_aes_context aes;
	size_t off;
	int ret;

	if (len % 16)
		return -1;
	mbedtls_aes_init(&aes);
	// ruleid: backdoor-hardcoded-key
	ret = encrypt ? mbedtls_aes_setkey_enc(&aes, kCfgBackupKey, 128) : mbedtls_aes_setkey_dec(&aes, kCfgBackupKey, 128);
	if (ret != 0)
		goto out;
	for (off = 0; off < len; off += 16)
	{
		// ruleid: backdoor-ecb-mode
		ret = mbedtls_aes_crypt_ecb(&aes, encrypt ? MBEDTLS_AES_ENCRYPT : MBEDTLS_AES_DECRYPT, buf + off, buf + off);
		if (ret != 0)
			break;
	}
out:
	mbedtls_aes_free(&aes);
	return ret;
}

int cfg_export(const char *path)
{
	unsigned char *buf;
	size_t n, padded;
	FILE *f;
	int ret = -1;

	buf = calloc(1, CFG_BACKUP_MAX);
	if (!buf)
		return -1;
	memcpy(buf, CFG_BACKUP_MAGIC, 6);
	n = 6 + nvram_dump((char *)buf + 6, CFG_BACKUP_MAX - 6 - 16);
	padded = (n + 15) & ~(size_t)15;
	if (cfg_backup_crypt(1, buf, padded) != 0)
		goto out;
	f = fopen(path, "wb");
	if (!f)
		goto out;
	if (fwrite(buf, 1, padded, f) == padded)
		ret = 0;
	fclose(f);
out:
	free(buf);
	return ret;
}

int cfg_import(const unsigned char *blob, size_t len)
{
	unsigned char *buf;
	char *p, *end, *eq;
	int count = 0;

	if (len == 0 || len > CFG_BACKUP_MAX || len % 16)
		return -1;
	buf = malloc(len + 1);
	if (!buf)
		return -1;
	memcpy(buf, blob, len);
	buf[len] = '\0';
	if (cfg_backup_crypt(0, buf, len) != 0 || memcmp(buf, CFG_BACKUP_MAGIC, 6) != 0)
	{
		free(buf);
		return -1;
	}
	p = (char *)buf + 6;
	end = (char *)buf + len;
	while (p < end && *p)
	{
		size_t l = strnlen(p, (size_t)(end - p));

		if ((eq = memchr(p, '=', l)))
		{
			*eq = '\0';
			nvram_set(p, eq + 1);
			count++;
		}
		p += l + 1;
	}
	free(buf);
	sc_log(LOG_NOTICE, "restore: %d settings imported", count);
	return nvram_commit();
}

struct fw_header {
	uint32_t magic;
	uint32_t len;
	uint32_t crc32;
	uint16_t flags;
	uint16_t version[2];
	unsigned char md5[16];
	char board[16];
} __attribute__((packed));

/* the image arrives from the upgrade form of the web UI */
int fw_check_image(const unsigned char *img, size_t len)
{
	const struct fw_header *h = (const struct fw_header *)img;
	unsigned char digest[16];

	if (len < sizeof(*h))
		return -1;
	// ok: backdoor-input-trigger
	if (le32toh(h->magic) != FW_MAGIC_HDR0)
		return -1;
	if (le32toh(h->len) != len || strncmp(h->board, SC_MODEL_NAME, sizeof(h->board)) != 0)
		return -1;
	// ok: backdoor-weak-hash
	if (mbedtls_md5_ret(img + sizeof(*h), len - sizeof(*h), digest) != 0)
		return -1;
	if (memcmp(digest, h->md5, sizeof(digest)) != 0)
	{
		sc_log(LOG_WARNING, "upgrade: image checksum mismatch");
		return -1;
	}
	return 0;
}
