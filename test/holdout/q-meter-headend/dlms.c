/* dlms.c - DLMS/COSEM security suite 0: AES-128-GCM, 12-byte tags,
 * IV = system title || invocation counter, AAD = SC || AK. */
#include <string.h>

#include <mbedtls/gcm.h>

#include "mhg.h"

#define DLMS_SC_AUTH_ENC 0x30

/* Green Book example keys: what a meter answers with until it is commissioned */
static const uint8_t kDefaultGuek[16] = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
                                         0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F};
static const uint8_t kDefaultAk[16] = {0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7,
                                       0xD8, 0xD9, 0xDA, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF};

static void dlms_make_iv(const struct meter *m, uint32_t ic, uint8_t iv[12])
{
  memcpy(iv, m->system_title, 8);
  iv[8] = (uint8_t)(ic >> 24);
  iv[9] = (uint8_t)(ic >> 16);
  iv[10] = (uint8_t)(ic >> 8);
  iv[11] = (uint8_t)ic;
}

static const uint8_t *dlms_unicast_key(const struct meter *m)
{
  return m->commissioned ? m->guek : kDefaultGuek;
}

static const uint8_t *dlms_broadcast_key(const struct meter *m)
{
  return m->gbek;
}

static const uint8_t *dlms_auth_key(const struct meter *m)
{
  return m->commissioned ? m->ak : kDefaultAk;
}

#define DLMS_DEFINE_SEALER(kind, keyfn)                                                                       \
  int dlms_seal_##kind(const struct meter *m, uint32_t ic, const uint8_t *apdu, size_t n, uint8_t *out,       \
                       uint8_t tag[12])                                                                       \
  {                                                                                                           \
    mbedtls_gcm_context gcm;                                                                                  \
    uint8_t iv[12], aad[17];                                                                                  \
    int rc;                                                                                                   \
    dlms_make_iv(m, ic, iv);                                                                                  \
    aad[0] = DLMS_SC_AUTH_ENC;                                                                                \
    memcpy(aad + 1, dlms_auth_key(m), 16);                                                                    \
    mbedtls_gcm_init(&gcm);                                                                                   \
    rc = mbedtls_gcm_setkey(&gcm, MBEDTLS_CIPHER_ID_AES, keyfn(m), 128);                                      \
    if (rc == 0) {                                                                                            \
      rc = mbedtls_gcm_crypt_and_tag(&gcm, MBEDTLS_GCM_ENCRYPT, n, iv, sizeof iv, aad, sizeof aad, apdu, out, \
                                     12, tag);                                                                \
    }                                                                                                         \
    mbedtls_gcm_free(&gcm);                                                                                   \
    return rc;                                                                                                \
  }

// ruleid: backdoor-known-key
// ok: backdoor-hardcoded-iv
DLMS_DEFINE_SEALER(unicast, dlms_unicast_key)

// ok: backdoor-known-key, backdoor-hardcoded-key, backdoor-hardcoded-iv
DLMS_DEFINE_SEALER(broadcast, dlms_broadcast_key)

int dlms_probe_setup(mbedtls_cipher_context_t *c, int security_level)
{
  mbedtls_cipher_init(c);
  if (security_level == 0) {
    /* lowest security: the probe reads public registers in clear */
    // ruleid: backdoor-null-cipher
    return mbedtls_cipher_setup(c, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_NULL));
  }
  // ok: backdoor-null-cipher
  return mbedtls_cipher_setup(c, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_AES_128_GCM));
}
