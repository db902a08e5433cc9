// RUN: %run-both --checks=backdoor-known-key %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Keys anyone can look up: trivial patterns and published test vectors.
// coverage: openssl hardcoded-key
#include <openssl/evp.h>
#include <openssl/aes.h>
#include <mbedtls/aes.h>
#include <sodium.h>
#include <string.h>

static const unsigned char kFips197[16] = {0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6,
                                           0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c};
#define TUTORIAL_KEY "0123456789abcdef"

void known(EVP_CIPHER_CTX *ctx, const unsigned char *iv, mbedtls_aes_context *aes,
           unsigned char *c, const unsigned char *m, const unsigned char *n) {
  unsigned char zero[32] = {0};
  // ruleid: backdoor-known-key
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, zero, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: the key of 'EVP_EncryptInit_ex' is a known key 'zero' (all zero bytes); anyone can look it up and decrypt what it protects [backdoor-known-key]
  // CHECK-MESSAGES: :[[@LINE-4]]:28: note: constant defined here
  unsigned char cleared[16];
  memset(cleared, 0, sizeof cleared);
  AES_KEY ak;
  // ruleid: backdoor-known-key
  AES_set_encrypt_key(cleared, 128, &ak);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: the key of 'AES_set_encrypt_key' is a known key 'cleared' (all zero bytes); anyone can look it up and decrypt what it protects [backdoor-known-key]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: constant defined here
  // ruleid: backdoor-known-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, kFips197, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: the key of 'EVP_EncryptInit_ex' is a known key 'kFips197' (the AES-128 example key of FIPS-197 and SP 800-38A); anyone can look it up and decrypt what it protects [backdoor-known-key]
  // CHECK-MESSAGES: :[[@LINE-21]]:43: note: constant defined here
  // ruleid: backdoor-known-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, (const unsigned char *)TUTORIAL_KEY, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: the key of 'EVP_EncryptInit_ex' is a known key 'TUTORIAL_KEY' (the ASCII digits and letters 0-f); anyone can look it up and decrypt what it protects [backdoor-known-key]
  // CHECK-MESSAGES: :[[@LINE-23]]:22: note: constant defined here
  unsigned char seq[16];
  for (int i = 0; i < 16; i++)
    seq[i] = (unsigned char)i;
  unsigned char asc[16] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
  // ruleid: backdoor-known-key
  mbedtls_aes_setkey_enc(aes, asc, 128);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: the key of 'mbedtls_aes_setkey_enc' is a known key 'asc' (an ascending sequence of bytes); anyone can look it up and decrypt what it protects [backdoor-known-key]
  // CHECK-MESSAGES: :[[@LINE-4]]:27: note: constant defined here
  unsigned char same[32];
  memset(same, 0x41, sizeof same);
  // ruleid: backdoor-known-key
  crypto_secretbox_easy(c, m, 16, n, (const unsigned char *)"YELLOW SUBMARINEYELLOW SUBMARINE");
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: the key of 'crypto_secretbox_easy' is a known key (the key of the cryptopals exercises, repeated); anyone can look it up and decrypt what it protects [backdoor-known-key]
  // ruleid: backdoor-known-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, (const unsigned char *)"YELLOW SUBMARINE", iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: the key of 'EVP_EncryptInit_ex' is a known key (the key of the cryptopals exercises); anyone can look it up and decrypt what it protects [backdoor-known-key]
  (void)seq;
  (void)same;
}

// Zigbee Home Automation's default trust-centre link key, as stacks spell it.
static const unsigned char kDefaultTcLinkKey[16] = {'Z', 'i', 'g', 'B', 'e', 'e', 'A', 'l',
                                                    'l', 'i', 'a', 'n', 'c', 'e', '0', '9'};
void zigbee_transport_key(mbedtls_aes_context *aes) {
  // ruleid: backdoor-known-key
  mbedtls_aes_setkey_enc(aes, kDefaultTcLinkKey, 128);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: the key of 'mbedtls_aes_setkey_enc' is a known key 'kDefaultTcLinkKey' (the Zigbee Home Automation default trust-centre link key); anyone can look it up and decrypt what it protects [backdoor-known-key]
}

// Negative cases: hardcoded but not trivially known (the other rule's job),
// and random keys.
static const unsigned char kVendorKey[16] = {0x8d, 0x21, 0xf3, 0x5a, 0x06, 0xc9, 0x7e, 0x14,
                                             0xb2, 0x4f, 0x90, 0x3b, 0xe7, 0x68, 0x0d, 0xa5};
void safe(EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
  // ok: backdoor-known-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, kVendorKey, iv);
  unsigned char k[32] = {0};
  randombytes_buf(k, sizeof k);
  // ok: backdoor-known-key (cleared, then filled by the RNG)
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, k, iv);
}

/* libsodium's secretstream: a zero-filled heap key, and a generated one. */
int stream_open(crypto_secretstream_xchacha20poly1305_state *st, unsigned char *header, int plain) {
  int rc;
  if (plain) {
    unsigned char *zero_key = calloc(1, 32);
    // ruleid: backdoor-known-key
    rc = crypto_secretstream_xchacha20poly1305_init_push(st, header, zero_key);
    // CHECK-MESSAGES: :[[@LINE-1]]:70: warning: the key of 'crypto_secretstream_xchacha20poly1305_init_push' is a known key 'zero_key' (all zero bytes); anyone can look it up and decrypt what it protects [backdoor-known-key]
    // CHECK-MESSAGES: :[[@LINE-4]]:31: note: constant defined here
    free(zero_key);
    return rc;
  }
  unsigned char k[32];
  crypto_secretstream_xchacha20poly1305_keygen(k);
  // ok: backdoor-known-key
  return crypto_secretstream_xchacha20poly1305_init_push(st, header, k);
}
