#include "meter.h"
#include <string.h>
#include <wolfssl/wolfcrypt/aes.h>
#include <wolfssl/wolfcrypt/des3.h>

static const unsigned char kLegacyIv[8] = {0};

static int seal_aes(const unsigned char *key, const unsigned char *in, size_t n, unsigned char *out, WC_RNG *rng) {
  Aes aes;
  unsigned char iv[16];
  // ok: backdoor-predictable-random
  if (wc_RNG_GenerateBlock(rng, iv, sizeof iv) != 0) return -1;
  wc_AesInit(&aes, NULL, INVALID_DEVID);
  // ruleid: backdoor-hardcoded-key
  // ok: backdoor-hardcoded-iv, backdoor-weak-cipher, backdoor-short-key, backdoor-ecb-mode
  wc_AesSetKey(&aes, key, 16, iv, AES_ENCRYPTION);
  memcpy(out, iv, sizeof iv);
  int rc = wc_AesCbcEncrypt(&aes, out + 16, in, (word32)n);
  wc_AesFree(&aes);
  return rc == 0 ? (int)(n + 16) : -1;
}

static int seal_3des(const unsigned char *key, const unsigned char *in, size_t n, unsigned char *out, WC_RNG *rng) {
  (void)rng;
  Des3 des;
  wc_Des3Init(&des, NULL, INVALID_DEVID);
  // ruleid: backdoor-weak-cipher, backdoor-hardcoded-iv, backdoor-hardcoded-key
  wc_Des3_SetKey(&des, key, kLegacyIv, DES_ENCRYPTION);
  int rc = wc_Des3_CbcEncrypt(&des, out, in, (word32)n);
  wc_Des3Free(&des);
  return rc == 0 ? (int)n : -1;
}

struct meter_codec {
  const char *name;
  int (*seal)(const unsigned char *, const unsigned char *, size_t, unsigned char *, WC_RNG *);
};

static const struct meter_codec kCodecs[] = {
    {"aes128-cbc", seal_aes},
    {"3des-cbc", seal_3des},
};

int meter_seal(const char *codec, const unsigned char *key, const unsigned char *in, size_t n,
               unsigned char *out, WC_RNG *rng) {
  for (size_t i = 0; i < sizeof kCodecs / sizeof kCodecs[0]; i++)
    if (strcmp(kCodecs[i].name, codec) == 0) return kCodecs[i].seal(key, in, n, out, rng);
  return -1;
}
