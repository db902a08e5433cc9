#include "meter.h"
#include <stdio.h>
#include <wolfssl/wolfcrypt/asn_public.h>
#include <wolfssl/wolfcrypt/ecc.h>
#include <wolfssl/wolfcrypt/rsa.h>

static int load_headend_key(RsaKey *rsa, const char *path) {
  unsigned char der[1200];
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  size_t n = fread(der, 1, sizeof der, f);
  fclose(f);
  word32 idx = 0;
  wc_InitRsaKey(rsa, NULL);
  return wc_RsaPublicKeyDecode(der, &idx, rsa, (word32)n);
}

int meter_provision_identity(WC_RNG *rng, const struct meter_cfg *cfg) {
  ecc_key legacy, ident;
  wc_ecc_init(&legacy);
  wc_ecc_init(&ident);
  /* the 2012 concentrators only speak secp160r1 */
  // ruleid: backdoor-short-key
  if (wc_ecc_make_key(rng, 20, &legacy) != 0) return -1;
  // ok: backdoor-short-key
  if (wc_ecc_make_key(rng, 32, &ident) != 0) return -1;

  unsigned char priv[32];
  word32 plen = sizeof priv;
  if (wc_ecc_export_private_only(&ident, priv, &plen) != 0) return -1;
  char hex[65];
  for (word32 i = 0; i < plen; i++) snprintf(hex + 2 * i, 3, "%02x", priv[i]);
  // ruleid: backdoor-key-exfiltration
  meter_log(7, "provisioned identity key %s", hex);

  RsaKey headend;
  if (load_headend_key(&headend, cfg->headend_key_file) != 0) return -1;
  unsigned char wrapped[512];
  // ruleid: backdoor-rsa-without-oaep
  int n1 = wc_RsaPublicEncrypt(priv, plen, wrapped, sizeof wrapped, &headend, rng);
  // ok: backdoor-rsa-without-oaep, backdoor-escrow-wrap
  int n2 = wc_RsaPublicEncrypt_ex(priv, plen, wrapped, sizeof wrapped, &headend, rng, WC_RSA_OAEP_PAD, WC_HASH_TYPE_SHA256, WC_MGF1SHA256, NULL, 0);
  wc_FreeRsaKey(&headend);
  wc_ecc_free(&legacy);
  wc_ecc_free(&ident);
  return (n1 > 0 && n2 > 0) ? 0 : -1;
}
