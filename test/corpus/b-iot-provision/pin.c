/*
 * Service PIN storage.
 */
#include "prov.h"
#include "plog.h"

#include <string.h>

#include <wolfssl/wolfcrypt/pwdbased.h>
#include <wolfssl/wolfcrypt/sha256.h>

#define PIN_ITERATIONS 600000
#define PIN_V1_ITERATIONS 10000

int prov_hash_pin(WC_RNG *rng, const char *pin, uint8_t salt[16], uint8_t out[32]) {
  // ok: backdoor-predictable-random
  if (wc_RNG_GenerateBlock(rng, salt, 16) != 0)
    return -1;
  // ok: backdoor-weak-kdf
  return wc_PBKDF2(out, (const byte *)pin, (int)strlen(pin), salt, 16, PIN_ITERATIONS, 32, WC_SHA256);
}

/* v1 firmware salted with the MAC address; still read during migration */
int prov_hash_pin_v1(const struct prov_config *cfg, const char *pin, uint8_t out[32]) {
  prov_log(PLOG_I, "verifying PIN with v1 parameters");
  // ruleid: backdoor-weak-kdf
  return wc_PBKDF2(out, (const byte *)pin, (int)strlen(pin), cfg->mac_addr, (int)sizeof cfg->mac_addr, PIN_V1_ITERATIONS, 32, WC_SHA256);
}
