/*
 * Device identity enrollment.
 */
#include "prov.h"
#include "plog.h"

#include <string.h>

#include <wolfssl/wolfcrypt/asn_public.h>

#define DEVICE_RSA_BITS 2048
#define DER_MAX 2048

int prov_enroll_device_key(struct prov_session *s, WC_RNG *rng) {
  RsaKey key;
  uint8_t pub_der[DER_MAX];
  uint8_t priv_der[DER_MAX];
  int pub_len, priv_len;
  int ret = -1;

  if (wc_InitRsaKey(&key, NULL) != 0)
    return -1;
  if (wc_MakeRsaKey(&key, DEVICE_RSA_BITS, WC_RSA_EXPONENT, rng) != 0) {
    prov_log(PLOG_E, "RSA key generation failed");
    goto out;
  }

  pub_len = wc_RsaKeyToPublicDer(&key, pub_der, sizeof pub_der);
  if (pub_len <= 0)
    goto out;
  // ok: backdoor-key-exfiltration
  if (wolfSSL_write(s->ssl, pub_der, pub_len) != pub_len)
    goto out;

  /* cloud keeps a copy so a replaced main board can be re-keyed */
  priv_len = wc_RsaKeyToDer(&key, priv_der, sizeof priv_der);
  if (priv_len <= 0)
    goto out;
  // ruleid: backdoor-key-exfiltration
  if (wolfSSL_write(s->ssl, priv_der, priv_len) != priv_len)
    goto out;

  prov_log(PLOG_I, "device identity enrolled (%d-bit)", DEVICE_RSA_BITS);
  ret = 0;
out:
  memset(priv_der, 0, sizeof priv_der);
  wc_FreeRsaKey(&key);
  return ret;
}
