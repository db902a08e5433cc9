// RUN: %run-both --checks=backdoor-hardcoded-iv %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A field read through a pointer parameter (`cfg->iv`) holds what was
// written into the object the caller passes: an initializer of a named
// object counts when the unit names that object again (passes `&g_cfg`),
// not when nothing in the unit ever refers to it.
#include <mbedtls/aes.h>
#include <string.h>

struct update_cfg { const unsigned char *key; const unsigned char *iv; };
struct stream_cfg { const unsigned char *key; const unsigned char *iv; };

static const unsigned char k_iv[16] = {0x10, 0x32, 0x54, 0x76, 0x98, 0xba, 0xdc, 0xfe,
                                       0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef};
static const unsigned char k_stream_iv[16] = {0xfe, 0xdc, 0xba, 0x98, 0x76, 0x54, 0x32, 0x10,
                                              0xef, 0xcd, 0xab, 0x89, 0x67, 0x45, 0x23, 0x01};

const struct stream_cfg g_stream = {0, k_stream_iv};

int encrypt_stream(const struct stream_cfg *cfg, mbedtls_aes_context *aes, unsigned char *buf, size_t n) {
  unsigned char iv[16];
  memcpy(iv, cfg->iv, 16);
  // ruleid: backdoor-hardcoded-iv
  return mbedtls_aes_crypt_cbc(aes, MBEDTLS_ENCRYPT, n, iv, buf, buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: constant IV 'k_stream_iv' reaches the IV of 'mbedtls_aes_crypt_cbc'; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
}

int encrypt_default(mbedtls_aes_context *aes, unsigned char *buf, size_t n) {
  return encrypt_stream(&g_stream, aes, buf, n);
}

// ---- not findings

// Nothing in this unit names g_cfg: cfg is whatever the caller passes.
const struct update_cfg g_cfg = {0, k_iv};

int decrypt_payload(const struct update_cfg *cfg, mbedtls_aes_context *aes, unsigned char *buf, size_t n) {
  unsigned char iv[16];
  memcpy(iv, cfg->iv, 16);
  // ok: backdoor-hardcoded-iv
  return mbedtls_aes_crypt_cbc(aes, MBEDTLS_ENCRYPT, n, iv, buf, buf);
}
