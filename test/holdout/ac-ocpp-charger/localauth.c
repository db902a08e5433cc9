/* localauth.c - the local authorization list (sealed on flash) and the RFID reader's card sessions */
#include <stdio.h>
#include <string.h>

#include <mbedtls/aes.h>
#include <psa/crypto.h>

#include "charger.h"

// ruleid: backdoor-secret-literal
static const uint8_t kLocalListKey[32] = {0x7e, 0x14, 0x28, 0x26, 0x97, 0xec, 0x43, 0x9e, 0x44, 0x98, 0xfb, 0x05, 0x36, 0xd6, 0xbe, 0xfe,
                                          0x57, 0x75, 0xf7, 0x49, 0xd3, 0xae, 0x61, 0xc9, 0x3c, 0x01, 0xda, 0xde, 0xa5, 0x56, 0xe8, 0xeb};
static const uint8_t kLocalListNonce[12] = {0xdc, 0xed, 0xd6, 0x00, 0x78, 0xf3, 0x3c, 0x62, 0xe4, 0xe5, 0x17, 0xe3};

/* MIFARE DESFire EV1 cards leave the factory with this application master key */
static const uint8_t kDesfireDefaultKey[16] = {0};

int localauth_store(const unsigned char *list, size_t n)
{
  static uint8_t sealed[4096];
  psa_key_attributes_t attr = PSA_KEY_ATTRIBUTES_INIT;
  mbedtls_svc_key_id_t key;
  size_t outlen = 0;
  psa_status_t st;
  FILE *f;

  if (psa_crypto_init() != PSA_SUCCESS || n + 16 > sizeof sealed)
    return -1;
  psa_set_key_type(&attr, PSA_KEY_TYPE_AES);
  psa_set_key_bits(&attr, 256);
  psa_set_key_usage_flags(&attr, PSA_KEY_USAGE_ENCRYPT);
  psa_set_key_algorithm(&attr, PSA_ALG_GCM);
  // ruleid: backdoor-hardcoded-key
  if (psa_import_key(&attr, kLocalListKey, sizeof kLocalListKey, &key) != PSA_SUCCESS)
    return -1;
  // ruleid: backdoor-hardcoded-iv
  st = psa_aead_encrypt(key, PSA_ALG_GCM, kLocalListNonce, sizeof kLocalListNonce, NULL, 0, list, n, sealed, sizeof sealed, &outlen);
  psa_destroy_key(key);
  if (st != PSA_SUCCESS)
    return -1;
  f = fopen("/var/lib/chargecore/locallist.bin", "wb");
  if (f == NULL)
    return -1;
  // ok: backdoor-key-exfiltration
  fwrite(sealed, 1, outlen, f);
  fclose(f);
  return 0;
}

/* the reader firmware derives the card session key from the UID under the application key */
int localauth_card_session(const uint8_t uid[7], uint8_t session_key[16])
{
  mbedtls_aes_context aes;
  uint8_t block[16] = {0};
  int rc;

  memcpy(block, uid, 7);
  mbedtls_aes_init(&aes);
  // ruleid: backdoor-known-key
  rc = mbedtls_aes_setkey_enc(&aes, kDesfireDefaultKey, 128);
  if (rc == 0)
    // ruleid: backdoor-ecb-mode
    rc = mbedtls_aes_crypt_ecb(&aes, MBEDTLS_AES_ENCRYPT, block, session_key);
  mbedtls_aes_free(&aes);
  return rc;
}

/* the per-card diversified key of newer readers, sent by the CSMS in the local list */
int localauth_card_session_v2(const uint8_t card_key[16], const uint8_t rnd[16], uint8_t session_key[16])
{
  psa_key_attributes_t attr = PSA_KEY_ATTRIBUTES_INIT;
  mbedtls_svc_key_id_t key;
  size_t outlen = 0;
  psa_status_t st;

  psa_set_key_type(&attr, PSA_KEY_TYPE_AES);
  psa_set_key_bits(&attr, 128);
  psa_set_key_usage_flags(&attr, PSA_KEY_USAGE_SIGN_MESSAGE);
  psa_set_key_algorithm(&attr, PSA_ALG_CMAC);
  // ok: backdoor-hardcoded-key, backdoor-known-key
  if (psa_import_key(&attr, card_key, 16, &key) != PSA_SUCCESS)
    return -1;
  // ok: backdoor-weak-hash
  st = psa_mac_compute(key, PSA_ALG_CMAC, rnd, 16, session_key, 16, &outlen);
  psa_destroy_key(key);
  return st == PSA_SUCCESS ? 0 : -1;
}
