/* CCMP encapsulation (IEEE 802.11-2016 12.5.3). */
#include <string.h>

#include "wl.h"

int ccmp_seal(mbedtls_ccm_context *ccm, uint64_t pn, const uint8_t a2[6], struct tx_frame *f) {
  uint8_t nonce[13], aad[22], hdr[8], out[1536], mic[8];
  if (f->len + sizeof hdr + sizeof mic > sizeof f->body)
    return -1;
  /* CCMP header: PN0 PN1 rsvd keyid|ExtIV PN2..PN5 */
  hdr[0] = (uint8_t)pn;
  hdr[1] = (uint8_t)(pn >> 8);
  hdr[2] = 0;
  hdr[3] = 0x20;
  for (int i = 0; i < 4; i++)
    hdr[4 + i] = (uint8_t)(pn >> (16 + 8 * i));
  /* nonce: priority || A2 || PN (big endian) */
  nonce[0] = 0;
  memcpy(nonce + 1, a2, 6);
  for (int i = 0; i < 6; i++)
    nonce[7 + i] = (uint8_t)(pn >> (40 - 8 * i));
  memcpy(aad, f->hdr, 2);
  memcpy(aad + 2, f->hdr + 4, 18);
  aad[0] &= 0x8f;
  aad[1] &= 0xc7;
  // ok: backdoor-hardcoded-iv, backdoor-ecb-mode
  if (mbedtls_ccm_encrypt_and_tag(ccm, f->len, nonce, sizeof nonce, aad, sizeof aad, f->body, out, mic, sizeof mic) != 0)
    return -1;
  memmove(f->body + sizeof hdr, out, f->len);
  memcpy(f->body, hdr, sizeof hdr);
  memcpy(f->body + sizeof hdr + f->len, mic, sizeof mic);
  f->len += sizeof hdr + sizeof mic;
  return 0;
}
