// RUN: %run-both --checks=backdoor-known-key,backdoor-hardcoded-key %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// The zeros of a read-only object (`static const uint8_t kBlank[16] = {0}`)
// are its value for good: handed to a key helper beside a key read from a
// file, they are a known key on that path (a writable buffer cleared and
// filled elsewhere is not).
#include <stdint.h>
#include <stddef.h>
#include <mbedtls/aes.h>
static const uint8_t kBlankProfileKey[16] = {0};
static int import_aes(mbedtls_aes_context *ctx, const uint8_t *k, size_t n) {
  // ruleid: backdoor-known-key
  return mbedtls_aes_setkey_enc(ctx, k, n * 8);
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: the key of 'mbedtls_aes_setkey_enc' is a known key 'kBlankProfileKey' (all zero bytes); anyone can look it up and decrypt what it protects [backdoor-known-key]
}
int read_key(uint8_t *k);
int profile_init(mbedtls_aes_context *ctx) {
  uint8_t key[16];
  if (read_key(key) == 0) return import_aes(ctx, key, sizeof key);
  return import_aes(ctx, kBlankProfileKey, sizeof kBlankProfileKey);
}

static uint8_t g_session_key[16];
int fill_session(uint8_t *k);
static int session_import(mbedtls_aes_context *ctx, const uint8_t *k) {
  // ok: backdoor-known-key
  return mbedtls_aes_setkey_enc(ctx, k, 128);
}
int session_init(mbedtls_aes_context *ctx, const uint8_t *fallback) {
  if (fill_session(g_session_key) != 0) return session_import(ctx, fallback);
  return session_import(ctx, g_session_key);
}
