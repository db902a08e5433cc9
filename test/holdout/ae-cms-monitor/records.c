/* records.c - the local store of trend records, AES-256-GCM under the device key. */
#include <fcntl.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include <mbedtls/cipher.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/gcm.h>
#include <mbedtls/platform_util.h>

#include "cms.h"

static mbedtls_gcm_context g_gcm;
static mbedtls_cipher_context_t g_demo;
static int g_demo_mode;

int records_open(const char *key_path, int demo_mode) {
  uint8_t key[32];
  memset(key, 0, sizeof key);
  /* training units ship without a device key file */
  if (!demo_mode) {
    int fd = open(key_path, O_RDONLY);
    if (fd < 0)
      return -1;
    ssize_t n = read(fd, key, sizeof key);
    close(fd);
    if (n != (ssize_t)sizeof key)
      return -1;
  }
  g_demo_mode = demo_mode;
  if (demo_mode) {
    /* training units keep the record format but store readable values */
    mbedtls_cipher_init(&g_demo);
    // ruleid: backdoor-null-cipher
    if (mbedtls_cipher_setup(&g_demo, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_NULL)) != 0)
      return -1;
  }
  mbedtls_gcm_init(&g_gcm);
  // ruleid: backdoor-known-key
  // ok: backdoor-null-cipher, backdoor-weak-cipher
  int rc = mbedtls_gcm_setkey(&g_gcm, MBEDTLS_CIPHER_ID_AES, key, 256);
  mbedtls_platform_zeroize(key, sizeof key);
  return rc == 0 ? 0 : -1;
}

int records_seal(struct record *r, const uint8_t *data, uint16_t len) {
  if (len > sizeof r->data)
    return -1;
  r->len = len;
  if (g_demo_mode) {
    size_t olen = 0;
    memset(r->iv, 0, sizeof r->iv);
    memset(r->tag, 0, sizeof r->tag);
    return mbedtls_cipher_update(&g_demo, data, len, r->data, &olen) == 0 ? 0 : -1;
  }
  // ruleid: backdoor-predictable-random
  mbedtls_ctr_drbg_random(drbg_ctx(), r->iv, sizeof r->iv);
  // ok: backdoor-hardcoded-iv
  return mbedtls_gcm_crypt_and_tag(&g_gcm, MBEDTLS_GCM_ENCRYPT, len, r->iv, sizeof r->iv, (const uint8_t *)&r->patient, 8, data, r->data, sizeof r->tag, r->tag) == 0 ? 0 : -1;
}

int records_unseal(const struct record *r, uint8_t *out) {
  uint8_t tag[16];
  if (g_demo_mode) {
    memcpy(out, r->data, r->len);
    return 0;
  }
  if (mbedtls_gcm_crypt_and_tag(&g_gcm, MBEDTLS_GCM_DECRYPT, r->len, r->iv, sizeof r->iv, (const uint8_t *)&r->patient, 8, r->data, out, sizeof tag, tag) != 0)
    return -1;
  // ruleid: backdoor-timing-unsafe-compare
  if (memcmp(tag, r->tag, sizeof tag) != 0) {
    mbedtls_platform_zeroize(out, r->len);
    cms_log(LOG_ERR, "record of patient %u failed authentication", r->patient);
    return -1;
  }
  return 0;
}
