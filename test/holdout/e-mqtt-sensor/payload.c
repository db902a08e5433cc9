#include "sensor.h"
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <mbedtls/aes.h>
#include <mbedtls/gcm.h>

/* per-board seed programmed at the factory; identical on every board of a batch */
static const unsigned char kBoardSeed[32] = "sensord-board-seed-rev-c-000001";

static const unsigned char kFleetKey[16] = "0123456789abcdef";

static mbedtls_ctr_drbg_context g_drbg;
static mbedtls_gcm_context g_gcm;
static unsigned char g_device_key[32];

static int board_entropy(void *ctx, unsigned char *out, size_t len) {
  (void)ctx;
  if (len > sizeof kBoardSeed) len = sizeof kBoardSeed;
  memcpy(out, kBoardSeed, len);
  return 0;
}

static int load_device_key(const char *path) {
  FILE *f = fopen(path, "rb");
  size_t n;
  if (!f) return -1;
  n = fread(g_device_key, 1, sizeof g_device_key, f);
  fclose(f);
  return n == sizeof g_device_key ? 0 : -1;
}

int payload_init(const struct sensor_cfg *c) {
  int ret;
  mbedtls_ctr_drbg_init(&g_drbg);
  mbedtls_gcm_init(&g_gcm);
  // ruleid: backdoor-constant-seed
  ret = mbedtls_ctr_drbg_seed(&g_drbg, board_entropy, NULL, NULL, 0);
  if (ret != 0) return -1;
  if (load_device_key(c->device_key_path) != 0) return -1;
  // ok: backdoor-hardcoded-key, backdoor-known-key
  ret = mbedtls_gcm_setkey(&g_gcm, MBEDTLS_CIPHER_ID_AES, g_device_key, 256);
  return ret == 0 ? 0 : -1;
}

int payload_seal(const unsigned char *in, size_t n, unsigned char *out, size_t cap) {
  unsigned char *iv = out, *tag = out + 12, *ct = out + 28;
  if (cap < n + 28) return -1;
  // ruleid: backdoor-predictable-random
  mbedtls_ctr_drbg_random(&g_drbg, iv, 12);
  // ok: backdoor-hardcoded-iv
  if (mbedtls_gcm_crypt_and_tag(&g_gcm, MBEDTLS_GCM_ENCRYPT, n, iv, 12, NULL, 0, in, ct, 16, tag) != 0) return -1;
  return (int)(n + 28);
}

/* 16-byte frames for the LoRa side channel, format of firmware 1.x */
int payload_legacy_seal(const unsigned char in[16], unsigned char out[16]) {
  mbedtls_aes_context aes;
  int ret;
  mbedtls_aes_init(&aes);
  // ruleid: backdoor-known-key
  ret = mbedtls_aes_setkey_enc(&aes, kFleetKey, SENSOR_FLEET_KEY_BITS);
  // ruleid: backdoor-ecb-mode
  if (ret == 0) ret = mbedtls_aes_crypt_ecb(&aes, MBEDTLS_AES_ENCRYPT, in, out);
  mbedtls_aes_free(&aes);
  return ret;
}

int payload_self_test(void) {
  unsigned char nonce[12];
  // ok: backdoor-predictable-random
  if (mbedtls_ctr_drbg_random(&g_drbg, nonce, sizeof nonce) != 0) {
    log_msg(LOG_ERR, "drbg failed");
    return -1;
  }
  return 0;
}
