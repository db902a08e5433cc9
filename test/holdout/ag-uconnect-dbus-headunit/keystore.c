/* Keys of the head unit (PSA Crypto of Mbed TLS 2.28). */
#include <psa/crypto.h>
#include <stdio.h>
#include <string.h>
#include "hu.h"

// ruleid: backdoor-secret-literal
static const uint8_t kPairingKey[16] = {0xda, 0xce, 0x21, 0x04, 0x36, 0x1c, 0x6f, 0x56,
                                        0xaf, 0x69, 0x0a, 0x60, 0x49, 0x24, 0xe4, 0xea};
static const uint8_t kBlankProfileKey[16] = {0};

static psa_key_id_t g_pairing, g_profile, g_session;

static psa_status_t import_aes(const uint8_t *k, size_t n, psa_algorithm_t alg, psa_key_id_t *id) {
  psa_key_attributes_t a = PSA_KEY_ATTRIBUTES_INIT;
  psa_set_key_type(&a, PSA_KEY_TYPE_AES);
  psa_set_key_bits(&a, n * 8);
  psa_set_key_usage_flags(&a, PSA_KEY_USAGE_ENCRYPT | PSA_KEY_USAGE_DECRYPT);
  psa_set_key_algorithm(&a, alg);
  // ruleid: backdoor-hardcoded-key, backdoor-known-key
  return psa_import_key(&a, k, n, id);
}

static int read_profile_key(uint8_t key[16]) {
  FILE *f = fopen("/persist/hu/profile.key", "rb");
  if (!f) return -1;
  size_t n = fread(key, 1, 16, f);
  fclose(f);
  return n == 16 ? 0 : -1;
}

int hu_keystore_init(void) {
  uint8_t key[16];
  psa_key_attributes_t a = PSA_KEY_ATTRIBUTES_INIT;
  if (psa_crypto_init() != PSA_SUCCESS) return -1;
  if (import_aes(kPairingKey, sizeof kPairingKey, PSA_ALG_ECB_NO_PADDING, &g_pairing) != PSA_SUCCESS) return -1;
  if (read_profile_key(key) == 0) {
    // ok: backdoor-hardcoded-key, backdoor-known-key
    import_aes(key, sizeof key, PSA_ALG_GCM, &g_profile);
  } else {
    import_aes(kBlankProfileKey, sizeof kBlankProfileKey, PSA_ALG_GCM, &g_profile);
  }
  psa_set_key_type(&a, PSA_KEY_TYPE_AES);
  psa_set_key_bits(&a, 256);
  psa_set_key_usage_flags(&a, PSA_KEY_USAGE_ENCRYPT);
  psa_set_key_algorithm(&a, PSA_ALG_GCM);
  // ok: backdoor-short-key
  return psa_generate_key(&a, &g_session) == PSA_SUCCESS ? 0 : -1;
}

/* pairing blobs exchanged with the phone app, 16-byte records */
int hu_pairing_wrap(const uint8_t *in, size_t n, uint8_t *out, size_t cap, size_t *outlen) {
  // ruleid: backdoor-ecb-mode
  return psa_cipher_encrypt(g_pairing, PSA_ALG_ECB_NO_PADDING, in, n, out, cap, outlen) == PSA_SUCCESS ? 0 : -1;
}

int hu_profile_seal(const uint8_t *in, size_t n, uint8_t *out, size_t cap, size_t *outlen) {
  uint8_t nonce[12];
  size_t len = 0;
  if (cap < sizeof nonce) return -1;
  // ok: backdoor-predictable-random
  if (psa_generate_random(nonce, sizeof nonce) != PSA_SUCCESS) return -1;
  memcpy(out, nonce, sizeof nonce);
  // ok: backdoor-hardcoded-iv, backdoor-ecb-mode
  if (psa_aead_encrypt(g_profile, PSA_ALG_GCM, nonce, sizeof nonce, NULL, 0, in, n,
                       out + sizeof nonce, cap - sizeof nonce, &len) != PSA_SUCCESS)
    return -1;
  *outlen = len + sizeof nonce;
  return 0;
}
