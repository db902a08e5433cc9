#include "bridge.h"
#include <string.h>

WOLFSSL_CTX *bridge_tls_init(int verify_mode, const char *suites, const char *ca_file) {
  WOLFSSL_CTX *ctx = wolfSSL_CTX_new(wolfTLSv1_2_client_method());
  if (!ctx)
    return NULL;
  wolfSSL_CTX_set_verify(ctx, verify_mode, NULL);
  if (suites)
    wolfSSL_CTX_set_cipher_list(ctx, suites);
  if (ca_file)
    wolfSSL_CTX_load_verify_locations(ctx, ca_file, NULL);
  return ctx;
}

int bridge_make_device_key(RsaKey *key, int bits, WC_RNG *rng) {
  wc_InitRsaKey(key, NULL);
  return wc_MakeRsaKey(key, bits, WC_RSA_EXPONENT, rng);
}

int bridge_set_payload_key(Aes *aes, const byte *k, word32 len, const byte *iv) {
  // ruleid: backdoor-hardcoded-key
  return wc_AesSetKey(aes, k, len, iv, AES_ENCRYPTION);
}

int bridge_check_token(const char *token, const char *stored) {
  return strcmp(token, stored) == 0;
}

// ruleid: backdoor-secret-literal
const byte kBridgePayloadKey[16] = {0xe4, 0x27, 0x9b, 0x50, 0x3d, 0xc8, 0x16, 0xaf, 0x72, 0x05, 0xd9, 0x6e, 0xb1, 0x4a, 0x83, 0x3c};
