// RUN: %run-both --checks=backdoor-weak-cipher %s -- -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A cipher function named, not called: stored in a function pointer or a
// constant suite table's field and called there (a user-space ESP suite
// table indexed by the negotiated suite).
#include <openssl/evp.h>

namespace {
struct EspSuite {
  const char *name;
  const EVP_CIPHER *(*cipher)();
  int key_bytes;
};
const EspSuite kSuites[] = {
    {"aes256gcm16", EVP_aes_256_gcm, 32},
    {"aes128gcm16", EVP_aes_128_gcm, 16},
    {"3des-sha1", EVP_des_ede3_cbc, 24},
};
const EspSuite kModernSuites[] = {
    {"aes256gcm16", EVP_aes_256_gcm, 32},
    {"chacha20poly1305", EVP_chacha20_poly1305, 32},
};
}  // namespace

int esp_install(EVP_CIPHER_CTX *ctx, const unsigned char *key, int suite) {
  const EspSuite &s = kSuites[suite];
  // ruleid: backdoor-weak-cipher
  return EVP_EncryptInit_ex(ctx, s.cipher(), nullptr, key, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'EVP_des_ede3_cbc' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
}

int esp_install_modern(EVP_CIPHER_CTX *ctx, const unsigned char *key, int suite) {
  const EspSuite &s = kModernSuites[suite];
  // ok: backdoor-weak-cipher
  return EVP_EncryptInit_ex(ctx, s.cipher(), nullptr, key, nullptr);
}

int legacy_bulk(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *iv) {
  const EVP_CIPHER *(*make)() = EVP_bf_cbc;
  // ruleid: backdoor-weak-cipher
  return EVP_EncryptInit_ex(ctx, make(), nullptr, key, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'EVP_bf_cbc' selects the legacy cipher Blowfish with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
}
