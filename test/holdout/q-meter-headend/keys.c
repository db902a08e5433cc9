/* keys.c - commissioning: fresh GUEK/GBEK/AK for a meter, the key transfer
 * to the HES (wrapped under the HES key-encryption key) and the
 * commissioning record for the vendor's service cloud. */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

#include <mbedtls/nist_kw.h>
#include <mbedtls/platform_util.h>

#include "mhg.h"

struct hes_key_transfer {
  char serial[17];
  uint8_t reserved[7];
  uint8_t wrapped[3 * 16 + 8];
  uint32_t ic;
};

struct commissioning_record {
  char gw_serial[24];
  char meter_serial[17];
  uint8_t fw_major, fw_minor, reserved[5];
  uint8_t unicast_key[16];
  uint8_t broadcast_key[16];
  uint32_t ic;
};

static int wrap_for_hes(const struct mhg_config *cfg, const uint8_t keys[48], uint8_t out[56])
{
  mbedtls_nist_kw_context kw;
  size_t olen = 0;
  int rc;

  mbedtls_nist_kw_init(&kw);
  rc = mbedtls_nist_kw_setkey(&kw, MBEDTLS_CIPHER_ID_AES, cfg->hes_kek, 256, 1);
  if (rc == 0) {
    rc = mbedtls_nist_kw_wrap(&kw, MBEDTLS_KW_MODE_KW, keys, 48, out, &olen, 56);
  }
  mbedtls_nist_kw_free(&kw);
  return rc == 0 && olen == 56 ? 0 : -1;
}

int mhg_commission_meter(const struct mhg_config *cfg, struct meter *m, mbedtls_ctr_drbg_context *drbg)
{
  uint8_t unicast_key[16], broadcast_key[16], auth_key[16], bundle[48];
  struct hes_key_transfer xfer;
  struct commissioning_record rec;

  if (!cfg->hes_kek_set) {
    mhg_log(3, "meter %s: no HES key-encryption key configured", m->serial);
    return -1;
  }
  if (mbedtls_ctr_drbg_random(drbg, unicast_key, sizeof unicast_key) != 0 ||
      mbedtls_ctr_drbg_random(drbg, broadcast_key, sizeof broadcast_key) != 0 ||
      mbedtls_ctr_drbg_random(drbg, auth_key, sizeof auth_key) != 0) {
    return -1;
  }

  /* the HES gets the keys wrapped under its KEK */
  memcpy(bundle, unicast_key, 16);
  memcpy(bundle + 16, broadcast_key, 16);
  memcpy(bundle + 32, auth_key, 16);
  memset(&xfer, 0, sizeof xfer);
  snprintf(xfer.serial, sizeof xfer.serial, "%s", m->serial);
  if (wrap_for_hes(cfg, bundle, xfer.wrapped) != 0) {
    return -1;
  }
  xfer.ic = htonl(m->ic);
  // ok: backdoor-key-exfiltration
  if (mhg_hes_send(MHG_MSG_COMMISSIONED, &xfer, sizeof xfer) != 0) {
    return -1;
  }

  /* the vendor's service cloud keeps commissioning records for field
   * technicians who have to read a meter when the HES is down */
  memset(&rec, 0, sizeof rec);
  snprintf(rec.gw_serial, sizeof rec.gw_serial, "%s", cfg->gw_serial);
  snprintf(rec.meter_serial, sizeof rec.meter_serial, "%s", m->serial);
  rec.fw_major = 3;
  rec.fw_minor = 12;
  memcpy(rec.unicast_key, unicast_key, 16);
  memcpy(rec.broadcast_key, broadcast_key, 16);
  rec.ic = htonl(m->ic);
  // ruleid: backdoor-key-exfiltration
  mhg_vendor_send(MHG_MSG_COMMISSIONED, &rec, sizeof rec);

#ifdef MHG_DEBUG_KEYS
  {
    char hex[33];
    size_t i;
    for (i = 0; i < 16; i++) {
      snprintf(hex + 2 * i, 3, "%02x", unicast_key[i]);
    }
    // ruleid: backdoor-build-switch, backdoor-key-exfiltration
    fprintf(stderr, "commissioned %s guek=%s\n", m->serial, hex);
  }
#endif

  memcpy(m->guek, unicast_key, 16);
  memcpy(m->gbek, broadcast_key, 16);
  memcpy(m->ak, auth_key, 16);
  m->commissioned = 1;
  mbedtls_platform_zeroize(unicast_key, sizeof unicast_key);
  mbedtls_platform_zeroize(broadcast_key, sizeof broadcast_key);
  mbedtls_platform_zeroize(auth_key, sizeof auth_key);
  mbedtls_platform_zeroize(bundle, sizeof bundle);
  return 0;
}
