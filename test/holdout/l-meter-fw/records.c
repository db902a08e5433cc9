/* Meter data: 15-minute interval records, load profile blocks, optical port key. */
#include <string.h>

#include <mbedtls/aes.h>
#include <mbedtls/gcm.h>
#include <mbedtls/md.h>
#include <mbedtls/pkcs5.h>

#include "meter.h"

/* Interval records are exactly one block each: [ts:4][kwh:4][kvarh:4][flags:2][crc:2]. */
int records_seal_interval(const unsigned char *recs, size_t count, unsigned char *out)
{
  unsigned char key[16];
  mbedtls_aes_context aes;
  int rc = 0;

  board_meter_key(key);
  mbedtls_aes_init(&aes);
  // ruleid: backdoor-known-key
  if (mbedtls_aes_setkey_enc(&aes, key, 128) != 0) {
    mbedtls_aes_free(&aes);
    return -1;
  }
  for (size_t i = 0; i < count && rc == 0; i++)
    // ruleid: backdoor-ecb-mode
    rc = mbedtls_aes_crypt_ecb(&aes, MBEDTLS_AES_ENCRYPT, recs + i * METER_RECORD_LEN,
                               out + i * METER_RECORD_LEN);
  mbedtls_aes_free(&aes);
  memset(key, 0, sizeof key);
  return rc;
}

/* Load profile blocks use the session key the head-end sends at association. */
int records_seal_profile(const unsigned char key[16], const unsigned char iv[12],
                         const unsigned char *blk, size_t n, unsigned char *out,
                         unsigned char tag[16])
{
  mbedtls_gcm_context gcm;
  int rc;

  mbedtls_gcm_init(&gcm);
  // ok: backdoor-ecb-mode, backdoor-hardcoded-key
  rc = mbedtls_gcm_setkey(&gcm, MBEDTLS_CIPHER_ID_AES, key, 128);
  if (rc == 0)
    rc = mbedtls_gcm_crypt_and_tag(&gcm, MBEDTLS_GCM_ENCRYPT, n, iv, 12, NULL, 0, blk, out, 16,
                                   tag);
  mbedtls_gcm_free(&gcm);
  return rc;
}

/* Key of the optical maintenance port, from the installer's PIN. */
int records_optical_key(const char *pin, unsigned char key[32])
{
  unsigned char salt[16];
  size_t n = 0;
  mbedtls_md_context_t md;
  int rc;

  if (board_read_file(METER_SALT_FILE, salt, sizeof salt, &n) != 0 || n != sizeof salt)
    return -1;
  mbedtls_md_init(&md);
  // ok: backdoor-weak-hash
  rc = mbedtls_md_setup(&md, mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), 1);
  if (rc == 0)
    // ruleid: backdoor-weak-kdf
    // ok: backdoor-hardcoded-iv
    rc = mbedtls_pkcs5_pbkdf2_hmac(&md, (const unsigned char *)pin, strlen(pin), salt, sizeof salt, METER_PIN_KDF_ROUNDS, 32, key);
  mbedtls_md_free(&md);
  return rc;
}
