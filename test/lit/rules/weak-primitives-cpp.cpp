// RUN: %run-both %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// C++ shapes for every weak-primitive rule: std::string, constexpr, enum
// class, lambdas, member functions, templates.
// coverage: openssl key-size
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/ec.h>

#include <mock/std.h>

constexpr int kLegacyBits = 512 * 2;
enum class Curve : int { Tiny = NID_secp112r1, Good = NID_X9_62_prime256v1 };
const std::string kCipherName = "des-ede3-cbc";

class Crypto {
public:
  explicit Crypto(EVP_CIPHER_CTX *c) : ctx_(c) {}
  int init(const unsigned char *k, const unsigned char *iv) {
    // ruleid: backdoor-weak-cipher
    return EVP_EncryptInit_ex(ctx_, EVP_get_cipherbyname(kCipherName.c_str()), nullptr, k, iv);
    // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: 'des-ede3-cbc' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
    // CHECK-MESSAGES: :[[@LINE-9]]:33: note: value assigned here
  }
  static const EVP_CIPHER *legacy() { return EVP_bf_ecb(); }

private:
  EVP_CIPHER_CTX *ctx_;
};

template <typename T> int keygen(T *ctx, int bits) {
  // ok: backdoor-short-key
  return EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, bits);
  // The caller below chooses 1024 bits: reported at its call, with this use
  // as a note.
}

void shapes(EVP_CIPHER_CTX *ctx, EVP_PKEY_CTX *pctx, EVP_MD_CTX *m, EVP_PKEY *pkey,
            const unsigned char *k, const unsigned char *iv) {
  // ruleid: backdoor-short-key
  EVP_PKEY_CTX_set_rsa_keygen_bits(pctx, kLegacyBits);
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // CHECK-MESSAGES: :[[@LINE-31]]:29: note: value assigned here
  // ruleid: backdoor-short-key
  EC_KEY_new_by_curve_name(static_cast<int>(Curve::Tiny));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: the 112-bit curve 'NID_secp112r1' is too small and its keys can be broken; use a curve of at least 224 bits such as P-256 or X25519 [backdoor-short-key]
  // CHECK-MESSAGES: :[[@LINE-34]]:33: note: enumerator defined here
  // ruleid: backdoor-short-key
  keygen(pctx, 1024);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // CHECK-MESSAGES: :[[@LINE-18]]:48: note: 'EVP_PKEY_CTX_set_rsa_keygen_bits' uses it here
  auto pick = [](bool fast) { return fast ? EVP_rc4() : EVP_aes_128_gcm(); };
  // ruleid: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, pick(true), nullptr, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'EVP_rc4' selects the broken cipher RC4; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // CHECK-MESSAGES: :[[@LINE-4]]:31: note: value returned here
  // CHECK-MESSAGES: :[[@LINE-5]]:45: note: constant defined here
  // ruleid: backdoor-weak-cipher, backdoor-ecb-mode
  EVP_EncryptInit_ex(ctx, Crypto::legacy(), nullptr, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'EVP_bf_ecb' selects Blowfish in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // CHECK-MESSAGES: :[[@LINE-36]]:39: note: value returned here
  // CHECK-MESSAGES: :[[@LINE-37]]:46: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-4]]:27: warning: 'EVP_bf_ecb' selects the legacy cipher Blowfish with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // CHECK-MESSAGES: :[[@LINE-39]]:39: note: value returned here
  // CHECK-MESSAGES: :[[@LINE-40]]:46: note: constant defined here
  std::string md = "SHA1";
  // ruleid: backdoor-weak-hash
  EVP_DigestSignInit(m, nullptr, EVP_get_digestbyname(md.c_str()), nullptr, pkey);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'SHA1' selects the broken hash SHA-1 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  // CHECK-MESSAGES: :[[@LINE-4]]:20: note: value assigned here
  // ruleid: backdoor-null-cipher
  EVP_EncryptInit_ex(ctx, EVP_enc_null(), nullptr, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'EVP_enc_null' selects the NULL cipher, which leaves the data unencrypted [backdoor-null-cipher]
  // ok: backdoor-short-key
  EC_KEY_new_by_curve_name(static_cast<int>(Curve::Good));
}

void rsa_enc(RSA *rsa, const unsigned char *in, unsigned char *out) {
  constexpr int kPad = RSA_PKCS1_PADDING;
  // ruleid: backdoor-rsa-without-oaep
  RSA_public_encrypt(16, in, out, rsa, kPad);
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: 'RSA_PKCS1_PADDING' selects PKCS#1 v1.5 padding for RSA encryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
  // CHECK-MESSAGES: :[[@LINE-4]]:24: note: value assigned here
}
