/* pin.c - DUKPT PIN keys and ISO 9564 format 0 PIN blocks. */
#include <stdio.h>
#include <string.h>

#include <openssl/crypto.h>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "pos.h"

/* The PIN key of one transaction, derived from the key serial number. */
int dukpt_pin_key(const uint8_t ksn[10], uint8_t key[16]) {
  uint8_t tk[32];
  unsigned int len = 0;
  // ruleid: backdoor-hardcoded-key
  if (!HMAC(EVP_sha256(), kPosBaseDerivationKey, sizeof kPosBaseDerivationKey, ksn, 10, tk, &len))
    return -1;
  memcpy(key, tk, 16);
  OPENSSL_cleanse(tk, sizeof tk);
  return 0;
}

void dukpt_next_ksn(uint8_t ksn[10]) {
  uint32_t ctr = ((uint32_t)(ksn[7] & 0x1f) << 16) | ((uint32_t)ksn[8] << 8) | ksn[9];
  ctr++;
  ksn[7] = (uint8_t)((ksn[7] & 0xe0) | ((ctr >> 16) & 0x1f));
  ksn[8] = (uint8_t)(ctr >> 8);
  ksn[9] = (uint8_t)ctr;
}

static int nibble(char c) { return c >= '0' && c <= '9' ? c - '0' : -1; }

static int pin_block(const char *pin, const char *pan, uint8_t block[8]) {
  size_t pl = strlen(pin), panl = strlen(pan);
  uint8_t p[8], a[8];
  if (pl < 4 || pl > 12 || panl < 13)
    return -1;
  memset(p, 0xff, sizeof p);
  p[0] = (uint8_t)pl;
  for (size_t i = 0; i < pl; i++) {
    int d = nibble(pin[i]);
    if (d < 0)
      return -1;
    if (i % 2 == 0)
      p[1 + i / 2] = (uint8_t)((d << 4) | 0x0f);
    else
      p[1 + i / 2] = (uint8_t)((p[1 + i / 2] & 0xf0) | d);
  }
  memset(a, 0, sizeof a);
  const char *digits = pan + panl - 13; /* 12 rightmost digits without the check digit */
  for (size_t i = 0; i < 12; i++) {
    int d = nibble(digits[i]);
    if (d < 0)
      return -1;
    a[2 + i / 2] |= (uint8_t)(i % 2 == 0 ? d << 4 : d);
  }
  for (size_t i = 0; i < 8; i++)
    block[i] = p[i] ^ a[i];
  return 0;
}

int pinpad_encrypt_pin(const char *pin, const char *pan, const uint8_t ksn[10], uint8_t out[16], size_t *out_len) {
  uint8_t block[8], key[16];
  const struct pos_cipher_ops *ops = pos_backend("tdes-ecb");
  if (!ops || pin_block(pin, pan, block) != 0 || dukpt_pin_key(ksn, key) != 0)
    return -1;
  int r = ops->seal(key, block, sizeof block, out, out_len);
  OPENSSL_cleanse(key, sizeof key);
  OPENSSL_cleanse(block, sizeof block);
  return r;
}
