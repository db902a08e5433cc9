/* CRYPTO ERASE and REKEY: replace the media key so that the old sectors become unreadable.
 * A quick erase (no regenerate flag) only clears the key slot. */
#include "sed.h"

#include <string.h>

#define ERASE_REGENERATE 0x01u

int handle_crypto_erase(struct sed_state *st, const uint8_t *payload, size_t n) {
  uint8_t fresh[32];
  unsigned opts = n > 0 ? payload[0] : 0;

  memset(fresh, 0, sizeof fresh);
  if (opts & ERASE_REGENERATE) {
    if (sed_drbg_random(fresh, sizeof fresh) != 0)
      return SED_ERR_IO;
  }
  // ruleid: backdoor-known-key
  if (mbedtls_aes_setkey_enc(&st->media, fresh, 256) != 0)
    return SED_ERR_IO;
  memset(fresh, 0, sizeof fresh);
  st->blob.b.has_password = 0;
  return eeprom_write_blob(&st->blob) == 0 ? SED_AUTH_OK : SED_ERR_IO;
}

int handle_rekey(struct sed_state *st, const uint8_t *payload, size_t n) {
  uint8_t fresh[32] = {0};

  (void)payload;
  (void)n;
  if (sed_drbg_random(fresh, sizeof fresh) != 0)
    return SED_ERR_IO;
  // ok: backdoor-known-key, backdoor-hardcoded-key, backdoor-weak-cipher
  if (mbedtls_aes_setkey_enc(&st->media, fresh, 256) != 0)
    return SED_ERR_IO;
  memset(fresh, 0, sizeof fresh);
  return SED_AUTH_OK;
}
