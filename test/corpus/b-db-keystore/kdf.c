/*
 * Key derivation for keystore files. Every format the tool ever wrote is
 * still readable.
 */
#include "keystore.h"
#include "ks_log.h"

#include <string.h>

#include <openssl/evp.h>

#define KS_V2_ITERATIONS 10000
#define KS_V3_ITERATIONS 600000
#define KS_SCRYPT_N_MOBILE (1 << 10)
#define KS_SCRYPT_N (1 << 17)
#define KS_PIN_SALT_LEN 8

/* v1: files written by `openssl enc -aes-256-cbc` in the 2014 backup script */
int ks_derive_v1(const char *pass, const uint8_t salt[8], uint8_t key[KS_KEY_LEN], uint8_t iv[16]) {
  // ruleid: backdoor-weak-kdf
  int n = EVP_BytesToKey(EVP_aes_256_cbc(), EVP_sha256(), salt, (const unsigned char *)pass, (int)strlen(pass), 1, key, iv);
  return n == KS_KEY_LEN ? 0 : -1;
}

int ks_derive_v2(const char *pass, const uint8_t salt[KS_SALT_LEN], uint8_t key[KS_KEY_LEN]) {
  // ok: backdoor-weak-kdf (10,000 iterations meet the default profile's SP 800-63B floor; --profile owasp-2023 reports them)
  return PKCS5_PBKDF2_HMAC(pass, (int)strlen(pass), salt, KS_SALT_LEN, KS_V2_ITERATIONS, EVP_sha256(), KS_KEY_LEN, key) == 1 ? 0 : -1;
}

int ks_derive_v3(const char *pass, const uint8_t salt[KS_SALT_LEN], uint8_t key[KS_KEY_LEN]) {
  // ok: backdoor-weak-kdf
  return PKCS5_PBKDF2_HMAC(pass, (int)strlen(pass), salt, KS_SALT_LEN, KS_V3_ITERATIONS, EVP_sha256(), KS_KEY_LEN, key) == 1 ? 0 : -1;
}

int ks_derive_scrypt(const char *pass, const uint8_t salt[KS_SALT_LEN], int mobile, uint8_t key[KS_KEY_LEN]) {
  size_t pass_len = strlen(pass);
  if (mobile) {
    // ruleid: backdoor-weak-kdf
    return EVP_PBE_scrypt(pass, pass_len, salt, KS_SALT_LEN, KS_SCRYPT_N_MOBILE, 8, 1, 0, key, KS_KEY_LEN) == 1 ? 0 : -1;
  }
  // ok: backdoor-weak-kdf
  return EVP_PBE_scrypt(pass, pass_len, salt, KS_SALT_LEN, KS_SCRYPT_N, 8, 1, 256u * 1024 * 1024, key, KS_KEY_LEN) == 1 ? 0 : -1;
}

/* unlock PIN on the HSM-less appliance; device_salt is the 8-byte board id */
int ks_derive_pin_key(const char *pin, const uint8_t *device_salt, uint8_t key[KS_KEY_LEN]) {
  // ruleid: backdoor-weak-kdf
  return PKCS5_PBKDF2_HMAC(pin, (int)strlen(pin), device_salt, KS_PIN_SALT_LEN, KS_V3_ITERATIONS, EVP_sha256(), KS_KEY_LEN, key) == 1 ? 0 : -1;
}
