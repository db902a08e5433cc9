/* Configuration backups: v2 (AES-256-GCM under the device key) and the v1 format old NMS tools import. */
#include <stdio.h>
#include <string.h>
#include <wolfssl/options.h>
#include <wolfssl/wolfcrypt/aes.h>
#include <wolfssl/wolfcrypt/random.h>
#include "ros.h"

// ruleid: backdoor-secret-literal
static const byte kLegacyBackupKey[16] = {0x48, 0xde, 0x5b, 0x2c, 0xbd, 0xc2, 0x92, 0xd6,
                                          0x3c, 0x30, 0x4a, 0xee, 0xd0, 0x06, 0xed, 0x8b};

static int load_device_key(byte key[32]) {
  FILE *f = fopen("/etc/ros/keys/backup.key", "rb");
  if (!f) return -1;
  size_t n = fread(key, 1, 32, f);
  fclose(f);
  return n == 32 ? 0 : -1;
}

int ros_backup_export(const char *conf, size_t n, unsigned char *out, size_t *outlen) {
  Aes aes;
  WC_RNG rng;
  byte key[32], iv[12], tag[16];
  if (*outlen < n + sizeof iv + sizeof tag + 2) return -1;
  if (load_device_key(key) != 0) return -1;
  if (wc_InitRng(&rng) != 0) return -1;
  // ok: backdoor-predictable-random
  if (wc_RNG_GenerateBlock(&rng, iv, sizeof iv) != 0) { wc_FreeRng(&rng); return -1; }
  wc_FreeRng(&rng);
  // ok: backdoor-hardcoded-key, backdoor-known-key
  if (wc_AesGcmSetKey(&aes, key, sizeof key) != 0) return -1;
  out[0] = 'R'; out[1] = 2;
  memcpy(out + 2, iv, sizeof iv);
  // ok: backdoor-hardcoded-iv
  if (wc_AesGcmEncrypt(&aes, out + 2 + sizeof iv, (const byte *)conf, (word32)n, iv, sizeof iv,
                       tag, sizeof tag, NULL, 0) != 0)
    return -1;
  memcpy(out + 2 + sizeof iv + n, tag, sizeof tag);
  *outlen = 2 + sizeof iv + n + sizeof tag;
  return 0;
}

/* v1: what the 2009 NMS plug-in reads; one key in every switch */
int ros_backup_export_legacy(const char *conf, size_t n, unsigned char *out, size_t *outlen) {
  Aes aes;
  size_t padded = (n + 15) & ~(size_t)15;
  byte block[16];
  if (*outlen < padded + 2) return -1;
  // ruleid: backdoor-hardcoded-key
  if (wc_AesSetKey(&aes, kLegacyBackupKey, sizeof kLegacyBackupKey, NULL, AES_ENCRYPTION) != 0)
    return -1;
  out[0] = 'R'; out[1] = 1;
  for (size_t off = 0; off < padded; off += 16) {
    memset(block, (int)(padded - n), sizeof block);
    memcpy(block, conf + off, n - off < 16 ? n - off : 16);
    // ruleid: backdoor-ecb-mode
    wc_AesEcbEncrypt(&aes, out + 2 + off, block, sizeof block);
  }
  *outlen = padded + 2;
  return 0;
}
