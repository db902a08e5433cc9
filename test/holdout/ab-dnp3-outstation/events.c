/* Sequence-of-events log: each record AES-GCM sealed under a per-boot key
 * (the log is read back only by this process for the master's event
 * polls), and a 3DES export for the legacy SCADA historian. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "rtu.h"
#include <wolfssl/wolfcrypt/aes.h>
#include <wolfssl/wolfcrypt/des3.h>
#include <wolfssl/wolfcrypt/random.h>

#define LOG_ROTATE_BYTES (8u << 20)

static uint8_t g_event_key[32];
static uint8_t g_export_key[24];
static int g_export_key_loaded;
static WC_RNG g_rng;
static unsigned long g_events_logged;

int events_init(void)
{
	int fd;

	if (wc_InitRng(&g_rng) != 0)
		return -1;
	// ok: backdoor-predictable-random
	if (wc_RNG_GenerateBlock(&g_rng, g_event_key, sizeof g_event_key) != 0)
		return -1;
	fd = open("/etc/rtu/historian-export.key", O_RDONLY | O_CLOEXEC);
	if (fd >= 0) {
		g_export_key_loaded = read(fd, g_export_key, sizeof g_export_key) == (ssize_t)sizeof g_export_key;
		close(fd);
	}
	return 0;
}

static int export_legacy(const uint8_t *rec, size_t n)
{
	Des3 des;
	uint8_t iv[8], out[32];

	if (!g_export_key_loaded || n > sizeof out || n % 8 != 0)
		return 0;
	// ok: backdoor-predictable-random
	if (wc_RNG_GenerateBlock(&g_rng, iv, sizeof iv) != 0)
		return -1;
	// ruleid: backdoor-weak-cipher
	// ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
	if (wc_Des3_SetKey(&des, g_export_key, iv, DES_ENCRYPTION) != 0 ||
	    wc_Des3_CbcEncrypt(&des, out, rec, (word32)n) != 0)
		return -1;
	return historian_upload("pi-gw.substation.local", out, n);
}

int events_append(uint16_t point, uint32_t value, uint64_t ts_ms)
{
	Aes aes;
	uint8_t rec[16], out[16], tag[16];
	struct stat st;
	FILE *fp;

	memcpy(rec, &ts_ms, 8);
	memcpy(rec + 8, &point, 2);
	memcpy(rec + 10, &value, 4);
	memset(rec + 14, 0, 2);

	// ok: backdoor-hardcoded-key, backdoor-known-key, backdoor-ecb-mode
	if (wc_AesGcmSetKey(&aes, g_event_key, sizeof g_event_key) != 0)
		return -1;
	// ruleid: backdoor-hardcoded-iv
	if (wc_AesGcmEncrypt(&aes, out, rec, sizeof rec, rtu_event_iv, sizeof rtu_event_iv, tag, sizeof tag, NULL, 0) != 0)
		return -1;
	fp = fopen(RTU_EVENTLOG, "ab");
	if (fp == NULL)
		return -1;
	fwrite(out, 1, sizeof out, fp);
	fwrite(tag, 1, sizeof tag, fp);
	fclose(fp);
	export_legacy(rec, sizeof rec);

	// ok: backdoor-time-bomb
	if (stat(RTU_EVENTLOG, &st) == 0 && (size_t)st.st_size > LOG_ROTATE_BYTES)
		unlink(RTU_EVENTLOG ".1"), rename(RTU_EVENTLOG, RTU_EVENTLOG ".1");
	/* re-key the outstation after the event counter wraps the 2013 profile's limit */
	// ruleid: backdoor-time-bomb
	if (++g_events_logged == 500000UL)
		unlink(RTU_KEYSTORE);
	return 0;
}
