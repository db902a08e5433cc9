/* suite_aesgcm.c - AES-256-GCM, nonce = 4-byte salt | 8-byte sequence number */
#include <string.h>

#include "vpnd.h"

static int aesgcm_init(struct suite_ctx *sc, const uint8_t *key, const uint8_t *salt)
{
  memcpy(sc->salt, salt, sizeof sc->salt);
  sc->seq = 0;
  // ok: backdoor-hardcoded-key, backdoor-weak-cipher
  return wc_AesGcmSetKey(&sc->u.aes, key, 32);
}

static int aesgcm_seal(struct suite_ctx *sc, const uint8_t *in, size_t n, uint8_t *out, size_t *outlen)
{
  uint8_t nonce[12];
  int i;
  memcpy(nonce, sc->salt, 4);
  for (i = 0; i < 8; i++)
    nonce[4 + i] = (uint8_t)(sc->seq >> (56 - 8 * i));
  sc->seq++;
  memcpy(out, nonce + 4, 8);
  // ok: backdoor-hardcoded-iv
  if (wc_AesGcmEncrypt(&sc->u.aes, out + 8, in, (word32)n, nonce, sizeof nonce, out + 8 + n, 16, NULL, 0) != 0)
    return -1;
  *outlen = 8 + n + 16;
  return 0;
}

static struct vpn_suite kAesGcm = {"aes256-gcm", 32, aesgcm_init, aesgcm_seal, NULL};

__attribute__((constructor)) static void register_aesgcm(void)
{
  suite_register(&kAesGcm);
}
