/* cardcrypto.c: MIFARE DESFire authentication for the card readers in
 * transparent mode.  Card keys are diversified from the site master key
 * (AN10922, AES-CMAC); EV0 cards of the 2012 installation still use
 * 2K3DES.  New cards arrive with the factory PICC master key. */
#include "acs.h"

#include <mbedtls/aes.h>
#include <mbedtls/cipher.h>
#include <mbedtls/cmac.h>
#include <mbedtls/des.h>
#include <stdio.h>
#include <string.h>

// ok: backdoor-secret-literal
static const uint8_t kPiccFactoryKey[16] = {0};

static int load_site_master(uint8_t key[16]) {
  FILE *f = fopen("/data/site-master.key", "rb");
  size_t n;
  if (f == NULL)
    return -1;
  n = fread(key, 1, 16, f);
  fclose(f);
  return n == 16 ? 0 : -1;
}

/* AN10922: CMAC(K, 0x01 || UID || AID || system identifier) */
int card_auth_key(int legacy, const uint8_t uid[7], uint8_t key_out[16]) {
  uint8_t master[16], msg[32];
  size_t n = 0;
  int ret;
  if (load_site_master(master) != 0)
    return -1;
  msg[n++] = legacy ? 0x21 : 0x01;
  memcpy(msg + n, uid, 7);
  n += 7;
  memcpy(msg + n, "\xf5\x10\x20" "DOORCTL", 10);
  n += 10;
  // ok: backdoor-hardcoded-key, backdoor-known-key, backdoor-ecb-mode
  ret = mbedtls_cipher_cmac(mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_AES_128_ECB), master, 128, msg, n, key_out);
  memset(master, 0, sizeof master);
  return ret == 0 ? 0 : -1;
}

/* First authentication of a blank card, to change its PICC master key. */
int card_format_blank(const uint8_t uid[7], uint8_t rnd_b_enc[16]) {
  mbedtls_aes_context aes;
  uint8_t iv[16] = {0}, rnd_b[16];
  int ret;
  (void)uid;
  mbedtls_aes_init(&aes);
  // ruleid: backdoor-known-key
  ret = mbedtls_aes_setkey_dec(&aes, kPiccFactoryKey, 128);
  if (ret == 0)
    // ruleid: backdoor-hardcoded-iv
    // ok: backdoor-ecb-mode
    ret = mbedtls_aes_crypt_cbc(&aes, MBEDTLS_AES_DECRYPT, 16, iv, rnd_b_enc, rnd_b);
  mbedtls_aes_free(&aes);
  if (ret == 0)
    memcpy(rnd_b_enc, rnd_b, 16);
  return ret == 0 ? 0 : -1;
}

/* EV0 cards: 2K3DES in DESFire's "native" CBC send mode. */
int card_auth_legacy(const uint8_t key16[16], const uint8_t rnd_b_enc[8], uint8_t rnd_b[8]) {
  mbedtls_des3_context des3;
  uint8_t iv[8] = {0};
  int ret;
  mbedtls_des3_init(&des3);
  // ruleid: backdoor-weak-cipher
  ret = mbedtls_des3_set2key_dec(&des3, key16);
  if (ret == 0)
    // ruleid: backdoor-hardcoded-iv
    ret = mbedtls_des3_crypt_cbc(&des3, MBEDTLS_DES_DECRYPT, 8, iv, rnd_b_enc, rnd_b);
  mbedtls_des3_free(&des3);
  return ret == 0 ? 0 : -1;
}
