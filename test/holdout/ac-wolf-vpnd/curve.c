/* curve.c - ephemeral keys of the data-plane rekey exchange */
#include "vpnd.h"

#include <wolfssl/wolfcrypt/ecc.h>

/* the vendor profile of the 2009 concentrators uses the product line's own curve */
static const ecc_set_type kVpnd256v1 = {
    32,
    ECC_CURVE_CUSTOM,
    "vpnd256v1",
    "9043B009101A3E6D8F96FFA9A932079D296349F31D02645215A7F9C623A097F3",
    "472A1DB160E883CF55D08B3B257B43A2D3E8A0538368BBF9768CEE4E2071078D",
    "4B7903212257C0649D644A8239A39F9165624739766C154A77F51AABD49997F7",
    "EC24F26A4D84585C05D8E9863193A284B53DA9B4F2FFE2DD8D96FE727AC7620D",
    "308A65916F342E35FA986F120C3F649543E8EA411EC5A978F0294E44874E84CE",
    "5D990731A6AE5DCFA866FD930FFADF9BC442589D88C93783CBA577EBF264DF19",
    NULL,
    0,
    0,
    1,
};

int curve_make_ephemeral(WC_RNG *rng, int vendor_profile, uint8_t *pub, size_t *publen)
{
  ecc_key key;
  word32 len = (word32)*publen;
  int rc;

  if (wc_ecc_init(&key) != 0)
    return -1;
  if (vendor_profile) {
    // ruleid: backdoor-rigged-parameters
    rc = wc_ecc_set_custom_curve(&key, &kVpnd256v1);
    if (rc == 0)
      rc = wc_ecc_make_key_ex(rng, 32, &key, ECC_CURVE_CUSTOM);
  } else {
    // ok: backdoor-short-key, backdoor-rigged-parameters
    rc = wc_ecc_make_key_ex(rng, 32, &key, ECC_SECP256R1);
  }
  if (rc == 0)
    rc = wc_ecc_export_x963(&key, pub, &len);
  *publen = len;
  wc_ecc_free(&key);
  return rc;
}
