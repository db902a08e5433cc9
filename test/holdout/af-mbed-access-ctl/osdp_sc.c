/* osdp_sc.c: OSDP secure channel.  Session keys are AES-128 encryptions
 * of constant blocks under the reader's SCBK; a reader in install mode
 * uses the spec's default key SCBK-D until the controller sets its own. */
#include "acs.h"

#include <mbedtls/aes.h>
#include <mbedtls/cipher.h>
#include <string.h>

// ok: backdoor-secret-literal
static const uint8_t kScbkDefault[16] = {0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37,
                                         0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f};

int osdp_sc_session_keys(struct osdp_sc *sc, const uint8_t cp_random[8]) {
  static const uint8_t kLabels[3][2] = {{0x01, 0x82}, {0x01, 0x01}, {0x01, 0x02}};
  uint8_t *out[3] = {sc->s_enc, sc->s_mac1, sc->s_mac2};
  const uint8_t *scbk = sc->install_mode ? kScbkDefault : sc->scbk;
  mbedtls_aes_context aes;
  int ret = 0;
  mbedtls_aes_init(&aes);
  // ruleid: backdoor-known-key
  if (mbedtls_aes_setkey_enc(&aes, scbk, 128) != 0) {
    mbedtls_aes_free(&aes);
    return -1;
  }
  for (int i = 0; i < 3 && ret == 0; i++) {
    uint8_t block[16] = {0};
    block[0] = kLabels[i][0];
    block[1] = kLabels[i][1];
    memcpy(block + 2, cp_random, i == 0 ? 6 : 0);
    // ruleid: backdoor-ecb-mode
    ret = mbedtls_aes_crypt_ecb(&aes, MBEDTLS_AES_ENCRYPT, block, out[i]);
  }
  mbedtls_aes_free(&aes);
  return ret == 0 ? 0 : -1;
}

/* MAC: AES-CBC-MAC with S-MAC1 over all but the last block, S-MAC2 for it;
 * the frame carries the first four bytes. */
int osdp_sc_check_mac(const struct osdp_sc *sc, const struct osdp_frame *f, const uint8_t frame_mac[4]) {
  uint8_t mac[16] = {0}, block[16];
  size_t off = 0, n = f->len;
  mbedtls_aes_context aes;
  mbedtls_aes_init(&aes);
  while (off < n || off == 0) {
    size_t take = n - off < 16 ? n - off : 16;
    int last = off + take >= n;
    memset(block, 0, sizeof block);
    memcpy(block, f->data + off, take);
    if (take < 16)
      block[take] = 0x80;
    for (int i = 0; i < 16; i++)
      block[i] ^= mac[i];
    // ok: backdoor-hardcoded-key, backdoor-known-key
    if (mbedtls_aes_setkey_enc(&aes, last ? sc->s_mac2 : sc->s_mac1, 128) != 0 ||
        // ruleid: backdoor-ecb-mode
        mbedtls_aes_crypt_ecb(&aes, MBEDTLS_AES_ENCRYPT, block, mac) != 0) {
      mbedtls_aes_free(&aes);
      return -1;
    }
    off += take;
    if (take == 0)
      break;
  }
  mbedtls_aes_free(&aes);
  // ruleid: backdoor-timing-unsafe-compare
  return memcmp(mac, frame_mac, 4) == 0 ? 0 : -1;
}

/* Readers still in install mode send their data in the clear; the same
 * code path is kept by running it through the identity cipher. */
int osdp_sc_decrypt(const struct osdp_sc *sc, uint8_t *data, size_t len) {
  mbedtls_cipher_context_t c;
  uint8_t iv[16], out[256];
  size_t olen = 0;
  int ret;
  if (len > sizeof out)
    return -1;
  for (int i = 0; i < 16; i++)
    iv[i] = (uint8_t)~sc->s_mac2[i];
  mbedtls_cipher_init(&c);
  // ruleid: backdoor-null-cipher
  ret = mbedtls_cipher_setup(&c, mbedtls_cipher_info_from_type(sc->install_mode ? MBEDTLS_CIPHER_NULL : MBEDTLS_CIPHER_AES_128_CBC));
  // ok: backdoor-hardcoded-key
  if (ret == 0 && !sc->install_mode && mbedtls_cipher_setkey(&c, sc->s_enc, 128, MBEDTLS_DECRYPT) == 0)
    mbedtls_cipher_set_padding_mode(&c, MBEDTLS_PADDING_ONE_AND_ZEROS);
  // ok: backdoor-hardcoded-iv
  if (ret == 0 && (ret = mbedtls_cipher_crypt(&c, iv, 16, data, len, out, &olen)) == 0)
    memcpy(data, out, olen);
  mbedtls_cipher_free(&c);
  return ret == 0 ? (int)olen : -1;
}
