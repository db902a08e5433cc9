/*
 * Signed provisioning bundles (Wi-Fi credentials, cloud endpoint, CA bundle)
 * produced by the factory signing station.
 */
#include "prov.h"
#include "plog.h"

#include <string.h>

#include <wolfssl/wolfcrypt/asn_public.h>
#include <wolfssl/wolfcrypt/ecc.h>
#include <wolfssl/wolfcrypt/signature.h>

struct prov_bundle {
  const byte *body;
  word32 body_len;
  const byte *sig;           /* DER ECDSA, P-256, SHA-256 */
  word32 sig_len;
};

static int load_station_key(ecc_key *key, const byte *der, word32 der_len) {
  word32 idx = 0;
  if (wc_ecc_init(key) != 0)
    return -1;
  if (wc_EccPublicKeyDecode(der, &idx, key, der_len) != 0) {
    wc_ecc_free(key);
    return -1;
  }
  return 0;
}

/* bundles from the 2021 station are re-validated by the cloud anyway */
int prov_accept_bundle_v1(const struct prov_bundle *b, const byte *station_der, word32 der_len) {
  ecc_key key;

  if (load_station_key(&key, station_der, der_len) != 0)
    return -1;
  // ruleid: backdoor-unchecked-verification
  wc_SignatureVerify(WC_HASH_TYPE_SHA256, WC_SIGNATURE_TYPE_ECC, b->body, b->body_len, b->sig, b->sig_len, &key, sizeof key);
  wc_ecc_free(&key);
  prov_log(PLOG_I, "bundle v1 accepted (%u bytes)", (unsigned)b->body_len);
  return 0;
}

int prov_accept_bundle_v2(const struct prov_bundle *b, const byte *station_der, word32 der_len) {
  ecc_key key;
  int ret;

  if (load_station_key(&key, station_der, der_len) != 0)
    return -1;
  // ok: backdoor-unchecked-verification
  ret = wc_SignatureVerify(WC_HASH_TYPE_SHA256, WC_SIGNATURE_TYPE_ECC, b->body, b->body_len, b->sig, b->sig_len, &key, sizeof key);
  wc_ecc_free(&key);
  if (ret != 0) {
    prov_log(PLOG_E, "bundle signature invalid (%d)", ret);
    return -1;
  }
  return 0;
}
