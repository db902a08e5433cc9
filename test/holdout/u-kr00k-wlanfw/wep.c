/* WEP for legacy access points that the customer still has to join. */
#include <mbedtls/arc4.h>
#include <string.h>

#include "wl.h"

static uint32_t crc32_le(const uint8_t *p, size_t n) {
  uint32_t c = 0xffffffffu;
  for (size_t i = 0; i < n; i++) {
    c ^= p[i];
    for (int k = 0; k < 8; k++)
      c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1u)));
  }
  return ~c;
}

int wep_encrypt(struct wl_sta *sta, struct tx_frame *f) {
  uint8_t seed[16], out[1536];
  mbedtls_arc4_context rc4;
  if (sta->wep_len != 5 && sta->wep_len != 13)
    return -1;
  if (f->len + 8 > sizeof f->body)
    return -1;
  uint32_t iv = sta->wep_iv++ & 0xffffffu;
  seed[0] = (uint8_t)iv;
  seed[1] = (uint8_t)(iv >> 8);
  seed[2] = (uint8_t)(iv >> 16);
  memcpy(seed + 3, sta->wep_key, sta->wep_len);
  uint32_t icv = crc32_le(f->body, f->len);
  memcpy(f->body + f->len, &icv, 4);
  // ruleid: backdoor-weak-cipher
  mbedtls_arc4_init(&rc4); mbedtls_arc4_setup(&rc4, seed, (unsigned int)(3 + sta->wep_len)); mbedtls_arc4_crypt(&rc4, f->len + 4, f->body, out); mbedtls_arc4_free(&rc4);
  memcpy(f->body + 4, out, f->len + 4);
  f->body[0] = seed[0];
  f->body[1] = seed[1];
  f->body[2] = seed[2];
  f->body[3] = 0;
  f->len += 8;
  return 0;
}
