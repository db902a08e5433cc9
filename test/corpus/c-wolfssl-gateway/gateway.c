#include <wolfssl/options.h>
#include <wolfssl/ssl.h>
#include <wolfssl/wolfcrypt/aes.h>
#include <wolfssl/wolfcrypt/des3.h>
#include <wolfssl/wolfcrypt/rsa.h>
#include <wolfssl/wolfcrypt/random.h>

WOLFSSL_CTX *gateway_listener(void) {
  WOLFSSL_CTX *ctx = wolfSSL_CTX_new(wolfTLSv1_2_server_method());
  // ok: backdoor-tls-verify-disabled
  wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_NONE, NULL);
  return ctx;
}

WOLFSSL_CTX *cloud_uplink(void) {
  WOLFSSL_CTX *ctx = wolfSSL_CTX_new(wolfSSLv23_client_method());
  // ruleid: backdoor-weak-tls
  wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1);
  // ruleid: backdoor-tls-verify-disabled
  wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_NONE, NULL);
  return ctx;
}

WOLFSSL_CTX *cloud_uplink_v2(void) {
  // ok: backdoor-weak-tls
  WOLFSSL_CTX *ctx = wolfSSL_CTX_new(wolfTLSv1_3_client_method());
  // ok: backdoor-tls-verify-disabled
  wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_PEER, NULL);
  return ctx;
}

static const byte k_modbus_key[24] = "0123456789abcdefFEDCBA98";
static const byte k_modbus_iv[8] = {1, 2, 3, 4, 5, 6, 7, 8};

int seal_modbus_frame(byte *out, const byte *in, word32 n) {
  Des3 des;
  // ruleid: backdoor-weak-cipher, backdoor-hardcoded-key, backdoor-hardcoded-iv
  wc_Des3_SetKey(&des, k_modbus_key, k_modbus_iv, DES_ENCRYPTION);
  return wc_Des3_CbcEncrypt(&des, out, in, n);
}

int seal_frame(byte *out, const byte *in, word32 n, const byte *key, const byte *iv) {
  Aes aes;
  // ok: backdoor-hardcoded-key, backdoor-weak-cipher
  wc_AesSetKey(&aes, key, 32, iv, AES_ENCRYPTION);
  return wc_AesCbcEncrypt(&aes, out, in, n);
}

int make_gateway_identity(RsaKey *key, WC_RNG *rng) {
  // ruleid: backdoor-short-key
  return wc_MakeRsaKey(key, 1024, 65537, rng);
}

int make_gateway_identity_v2(RsaKey *key, WC_RNG *rng) {
  // ok: backdoor-short-key
  return wc_MakeRsaKey(key, 3072, 65537, rng);
}
