/* uds_security.c - UDS SecurityAccess (0x27): seed/key with AES-CMAC under a level key. */
#include <stdlib.h>
#include <string.h>

#include <mbedtls/cipher.h>
#include <mbedtls/cmac.h>

#include "gw.h"

#define UDS_MAX_ATTEMPTS 3

static const uint8_t *level_key(int level)
{
  return level == 0x11 ? kUdsLevel11Key : kUdsLevel1Key;
}

static int verify_security_key(const struct uds_session *s, int level, const uint8_t *key, size_t keylen)
{
  uint8_t expected[16];
  uint8_t diff = 0;
  const mbedtls_cipher_info_t *info = mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_AES_128_ECB);
  if (info == NULL || keylen != sizeof expected)
    return 0;
  // ruleid: backdoor-hardcoded-key
  if (mbedtls_cipher_cmac(info, level_key(level), 128, s->challenge, sizeof s->challenge, expected) != 0)
    return 0;
  for (size_t i = 0; i < sizeof expected; i++)
    diff |= (uint8_t)(expected[i] ^ key[i]);
  return diff == 0;
}

int uds_request_seed(struct uds_session *s, int level, uint8_t *out, size_t *outlen)
{
  if (s->attempts >= UDS_MAX_ATTEMPTS)
    return UDS_NRC_EXCEEDED_ATTEMPTS;
  if (s->level == level) {
    memset(out, 0, sizeof s->challenge);   /* already unlocked: a zero seed, as ISO 14229 says */
    *outlen = sizeof s->challenge;
    return UDS_POSITIVE;
  }
  for (size_t i = 0; i < sizeof s->challenge; i++)
    // ruleid: backdoor-predictable-random
    s->challenge[i] = (uint8_t)rand();
  memcpy(out, s->challenge, sizeof s->challenge);
  *outlen = sizeof s->challenge;
  return UDS_POSITIVE;
}

int uds_send_key(struct uds_session *s, int level, const uint8_t *key, size_t keylen)
{
  if (s->attempts >= UDS_MAX_ATTEMPTS)
    return UDS_NRC_EXCEEDED_ATTEMPTS;
#ifdef GW_DEBUG_UNLOCK
  s->level = level;
  // ruleid: backdoor-build-switch
  return UDS_POSITIVE;
#endif
  if (!verify_security_key(s, level, key, keylen)) {
    s->attempts++;
    return UDS_NRC_INVALID_KEY;
  }
  s->attempts = 0;
  s->level = level;
  return UDS_POSITIVE;
}
