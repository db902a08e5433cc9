// RUN: %run-both %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: boringssl tls-verify
// coverage: boringssl hardcoded-iv
// coverage: boringssl hardcoded-key
#include <openssl/ssl.h>
#include <stdint.h>
/* BoringSSL's additions (openssl/ssl.h, openssl/aead.h): real signatures. */
enum ssl_verify_result_t { ssl_verify_ok, ssl_verify_invalid, ssl_verify_retry };
void SSL_CTX_set_custom_verify(SSL_CTX *ctx, int mode, enum ssl_verify_result_t (*callback)(SSL *ssl, uint8_t *out_alert));
typedef struct evp_aead_st EVP_AEAD;
typedef struct evp_aead_ctx_st EVP_AEAD_CTX;
const EVP_AEAD *EVP_aead_aes_256_gcm(void);
int EVP_AEAD_CTX_init(EVP_AEAD_CTX *ctx, const EVP_AEAD *aead, const uint8_t *key, size_t key_len, size_t tag_len, void *impl);
int EVP_AEAD_CTX_seal(const EVP_AEAD_CTX *ctx, uint8_t *out, size_t *out_len, size_t max_out_len, const uint8_t *nonce, size_t nonce_len, const uint8_t *in, size_t in_len, const uint8_t *ad, size_t ad_len);

enum ssl_verify_result_t check_pin(SSL *ssl, uint8_t *alert);

void custom_verify_none(SSL_CTX *ctx) {
  // ruleid: backdoor-tls-verify-disabled
  SSL_CTX_set_custom_verify(ctx, SSL_VERIFY_NONE, check_pin);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'SSL_VERIFY_NONE' turns off certificate verification, so anyone on the path can impersonate the peer, and the verification result is never read [backdoor-tls-verify-disabled]
}

void custom_verify_peer(SSL_CTX *ctx) {
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_custom_verify(ctx, SSL_VERIFY_PEER, check_pin);
}

// ruleid: backdoor-secret-literal
static const uint8_t kAeadKey[32] = {
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: variable 'kAeadKey' holds 32 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
    0x3e, 0x91, 0x07, 0xc4, 0x5a, 0xd8, 0x26, 0x7f, 0xb2, 0x4d, 0xe0, 0x19, 0x8c, 0x63, 0xf5, 0x0a,
    0x71, 0xce, 0x38, 0x9b, 0x04, 0x6d, 0xa2, 0xe7, 0x5f, 0x13, 0xc9, 0x80, 0x2b, 0xf6, 0x4e, 0xd1};
static const uint8_t kNonce[12] = {0};

int seal(EVP_AEAD_CTX *ctx, uint8_t *out, size_t *outl, const uint8_t *in, size_t n, const uint8_t *key, const uint8_t *nonce) {
  // ruleid: backdoor-hardcoded-key
  int r = EVP_AEAD_CTX_init(ctx, EVP_aead_aes_256_gcm(), kAeadKey, sizeof kAeadKey, 16, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:58: warning: hardcoded key 'kAeadKey' reaches the key of 'EVP_AEAD_CTX_init'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-10]]:37: note: constant defined here
  // ruleid: backdoor-hardcoded-iv
  r &= EVP_AEAD_CTX_seal(ctx, out, outl, n + 16, kNonce, sizeof kNonce, in, n, NULL, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: constant nonce 'kNonce' reaches the nonce of 'EVP_AEAD_CTX_seal'; reusing a nonce breaks the confidentiality and authenticity of GCM, CCM and ChaCha20-Poly1305 [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-10]]:35: note: constant defined here
  // ok: backdoor-hardcoded-key
  r &= EVP_AEAD_CTX_init(ctx, EVP_aead_aes_256_gcm(), key, 32, 16, NULL);
  // ok: backdoor-hardcoded-iv
  r &= EVP_AEAD_CTX_seal(ctx, out, outl, n + 16, nonce, 12, in, n, NULL, 0);
  return r;
}
