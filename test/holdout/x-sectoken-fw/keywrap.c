/* keywrap.c - resident keys wrapped under the device key; backup transfer to a twin token. */
#include <string.h>

#include <mbedtls/aes.h>
#include <mbedtls/gcm.h>

#include "token.h"

/* reads the 256-bit device key fused into OTP at personalisation */
int otp_read_device_key(uint8_t key[32]);

int keywrap_resident(const uint8_t key[32], uint8_t out[60])
{
  uint8_t dev_key[32];
  mbedtls_gcm_context gcm;
  int rc;
  if (otp_read_device_key(dev_key) != 0 || token_random(out, 12) != 0)
    return -1;
  mbedtls_gcm_init(&gcm);
  // ok: backdoor-hardcoded-key, backdoor-known-key
  rc = mbedtls_gcm_setkey(&gcm, MBEDTLS_CIPHER_ID_AES, dev_key, 256);
  if (rc == 0)
    // ok: backdoor-hardcoded-iv, backdoor-ecb-mode
    rc = mbedtls_gcm_crypt_and_tag(&gcm, MBEDTLS_GCM_ENCRYPT, 32, out, 12, NULL, 0, key, out + 12, 16, out + 44);
  mbedtls_gcm_free(&gcm);
  memset(dev_key, 0, sizeof dev_key);
  return rc;
}

/* the twin-token backup protocol of the 2019 models: both tokens know the transport key */
static const unsigned char kTwinTransportKey[16] = {'0', '1', '2', '3', '4', '5', '6', '7',
                                                    '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};

int keywrap_backup_to_twin(const uint8_t key[32], uint8_t out[32])
{
  mbedtls_aes_context aes;
  int rc;
  mbedtls_aes_init(&aes);
  // ruleid: backdoor-known-key
  rc = mbedtls_aes_setkey_enc(&aes, kTwinTransportKey, 128);
  for (int block = 0; rc == 0 && block < 2; block++)
    // ruleid: backdoor-ecb-mode
    rc = mbedtls_aes_crypt_ecb(&aes, MBEDTLS_AES_ENCRYPT, key + 16 * block, out + 16 * block);
  mbedtls_aes_free(&aes);
  return rc;
}
