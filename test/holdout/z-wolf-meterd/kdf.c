#include "meter.h"
#include <string.h>
#include <wolfssl/wolfcrypt/hmac.h>
#include <wolfssl/wolfcrypt/pwdbased.h>

#define METER_KDF_ROUNDS 4096
#define METER_PAIRING_ROUNDS 200000

int meter_derive_storage_key(const char *pin, const unsigned char *salt, unsigned char out[32]) {
  return wc_PBKDF2(out, (const byte *)pin, (int)strlen(pin),
                   // ok: backdoor-hardcoded-iv
                   salt, 16,
                   // ruleid: backdoor-weak-kdf
                   METER_KDF_ROUNDS,
                   32, WC_SHA256);
}

int meter_derive_pairing_key(const char *pin, unsigned char out[32]) {
  return wc_PBKDF2(out, (const byte *)pin, (int)strlen(pin),
                   // ruleid: backdoor-hardcoded-iv
                   (const byte *)"meterd-pairing-1", 16,
                   // ok: backdoor-weak-kdf
                   METER_PAIRING_ROUNDS,
                   32, WC_SHA256);
}

static int ct_equal(const unsigned char *a, const unsigned char *b, size_t n) {
  unsigned char d = 0;
  for (size_t i = 0; i < n; i++) d |= (unsigned char)(a[i] ^ b[i]);
  return d == 0;
}

int meter_local_login(const char *password, const unsigned char *stored, const unsigned char *salt) {
  // ok: backdoor-magic-credential
  if (strcmp(password, "changeme") == 0) {
    meter_log(3, "factory password refused; set a new one with meterctl passwd");
    return -1;
  }
  unsigned char dk[32];
  if (meter_derive_storage_key(password, salt, dk) != 0) return -1;
  // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
  return ct_equal(dk, stored, sizeof dk) ? 1 : 0;
}

int meter_sign_readings(const unsigned char *key, const unsigned char *data, size_t n, unsigned char mac[16]) {
  Hmac h;
  wc_HmacInit(&h, NULL, INVALID_DEVID);
  // ruleid: backdoor-weak-hash
  if (wc_HmacSetKey(&h, WC_MD5, key, 16) != 0) return -1;
  wc_HmacUpdate(&h, data, (word32)n);
  int rc = wc_HmacFinal(&h, mac);
  wc_HmacFree(&h);
  return rc;
}
