/* hl7_out.c - ORU^R01 results to the central station, and the daily export key. */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <time.h>

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/platform_util.h>
#include <mbedtls/rsa.h>
#include <mbedtls/x509_crt.h>

#include "cms.h"

int hl7_send_results(void *link, uint32_t patient, int hr, int spo2, int nibp_sys, int nibp_dia) {
  char msg[1024], ts[32];
  time_t now = time(NULL);
  struct tm tm;
  gmtime_r(&now, &tm);
  strftime(ts, sizeof ts, "%Y%m%d%H%M%S", &tm);
  int n = snprintf(msg, sizeof msg,
                   "\x0bMSH|^~\\&|CMS|BED|CENTRAL|ICU|%s||ORU^R01|%u%s|P|2.6\r"
                   "PID|||%u\r"
                   "OBX|1|NM|8867-4^Heart rate^LN||%d|/min|||||F\r"
                   "OBX|2|NM|59408-5^SpO2^LN||%d|%%|||||F\r"
                   "OBX|3|NM|8480-6^NIBP sys^LN||%d|mm[Hg]|||||F\r"
                   "OBX|4|NM|8462-4^NIBP dia^LN||%d|mm[Hg]|||||F\r\x1c\r",
                   ts, patient, ts, patient, hr, spo2, nibp_sys, nibp_dia);
  if (n <= 0 || (size_t)n >= sizeof msg)
    return -1;
  return link_write(link, (const uint8_t *)msg, (size_t)n);
}

/* The central station decrypts the day's record export with this key, wrapped to the
 * RSA key of its certificate. */
int hl7_export_key_for_central(const char *central_crt, uint8_t *out, size_t *out_len) {
  uint8_t export_key[32];
  mbedtls_x509_crt crt;
  int rc = -1;
  mbedtls_x509_crt_init(&crt);
  if (mbedtls_x509_crt_parse_file(&crt, central_crt) != 0 || mbedtls_pk_get_type(&crt.pk) != MBEDTLS_PK_RSA)
    goto out;
  // ok: backdoor-predictable-random
  if (drbg_random(drbg_ctx(), export_key, sizeof export_key) != 0)
    goto out;
  mbedtls_rsa_context *rsa = mbedtls_pk_rsa(crt.pk);
  if (*out_len < mbedtls_rsa_get_len(rsa))
    goto out;
  // ruleid: backdoor-rsa-without-oaep
  mbedtls_rsa_set_padding(rsa, MBEDTLS_RSA_PKCS_V15, 0);
  // ok: backdoor-escrow-wrap
  if (mbedtls_rsa_pkcs1_encrypt(rsa, mbedtls_ctr_drbg_random, drbg_ctx(), MBEDTLS_RSA_PUBLIC, sizeof export_key, export_key, out) != 0)
    goto out;
  *out_len = mbedtls_rsa_get_len(rsa);
  rc = 0;
out:
  mbedtls_platform_zeroize(export_key, sizeof export_key);
  mbedtls_x509_crt_free(&crt);
  return rc;
}
