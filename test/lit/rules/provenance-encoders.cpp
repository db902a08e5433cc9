// RUN: %run-both --checks='backdoor-key-exfiltration,backdoor-hardcoded-key,backdoor-known-key' %s -- -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Encoders made of a constant table looked up with the key's bytes
// (digits[b >> 4]): the encoded text carries the key; a digest encoded the
// same way does not. A helper's summary is as good when it is first needed
// deep in a chain of helpers. Counts and fill values of containers:
// v.assign(n, 0) writes zeros (not the number n), std::vector<uint8_t>(n, c)
// holds n bytes c.
#include <cstdio>
#include <string>
#include <vector>

extern "C" {
typedef struct evp_pkey_ctx_st EVP_PKEY_CTX;
typedef struct evp_cipher_ctx_st EVP_CIPHER_CTX;
typedef struct evp_cipher_st EVP_CIPHER;
typedef struct engine_st ENGINE;
int EVP_PKEY_derive(EVP_PKEY_CTX *ctx, unsigned char *key, size_t *keylen);
unsigned char *SHA256(const unsigned char *d, size_t n, unsigned char *md);
const EVP_CIPHER *EVP_aes_256_gcm(void);
int EVP_EncryptInit_ex(EVP_CIPHER_CTX *ctx, const EVP_CIPHER *type, ENGINE *impl,
                       const unsigned char *key, const unsigned char *iv);
}

namespace {

// Written through an out-parameter, indexed by position.
void to_base16(const unsigned char *in, size_t n, char *out) {
  static const char alphabet[] = "0123456789ABCDEF";
  for (size_t i = 0; i < n; i++) {
    out[2 * i] = alphabet[(in[i] >> 4) & 0xf];
    out[2 * i + 1] = alphabet[in[i] & 0xf];
  }
  out[2 * n] = 0;
}

// Returned, over a range-for by value, through a pointer table.
std::string encode(const std::vector<unsigned char> &bytes) {
  const char *table = "0123456789abcdef";
  std::string text;
  for (unsigned char c : bytes) {
    text.push_back(table[c >> 4]);
    text += table[c & 15];
  }
  return text;
}

// A digest of the key, encoded: an identifier, not the key.
std::string short_id(const std::vector<unsigned char> &k) {
  std::vector<unsigned char> md(32);
  SHA256(k.data(), k.size(), md.data());
  return encode(md).substr(0, 12);
}

} // namespace

void derive_and_print(EVP_PKEY_CTX *h) {
  std::vector<unsigned char> shared(32);
  size_t n = shared.size();
  EVP_PKEY_derive(h, shared.data(), &n);
  // The digest helper is asked first: encode's summary is computed inside it.
  // ok: backdoor-key-exfiltration
  fprintf(stderr, "derived %s\n", short_id(shared).c_str());
  // ruleid: backdoor-key-exfiltration
  fprintf(stderr, "secret %s\n", encode(shared).c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'encode' (a shared secret from 'EVP_PKEY_derive') is written to a log by 'fprintf'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: key material produced here
  char hex[65];
  to_base16(shared.data(), 32, hex);
  // ruleid: backdoor-key-exfiltration
  fputs(hex, stdout);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'hex' (a shared secret from 'EVP_PKEY_derive') is written to a log by 'fputs'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-13]]:3: note: key material produced here
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: filled by this call
}

// Cleared with assign(count, 0), then filled by the derivation: neither the
// count nor the zeros are the key.
static bool derive_into(EVP_PKEY_CTX *h, std::vector<unsigned char> &out) {
  size_t len = 32;
  out.assign(32, 0);
  return EVP_PKEY_derive(h, out.data(), &len) == 1;
}

int seal_with_derived(EVP_PKEY_CTX *h, EVP_CIPHER_CTX *c, const unsigned char *iv) {
  std::vector<unsigned char> key;
  if (!derive_into(h, key)) return 0;
  // ok: backdoor-hardcoded-key, backdoor-known-key
  return EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), nullptr, key.data(), iv);
}

int seal_with_filler(EVP_CIPHER_CTX *c, const unsigned char *iv) {
  const std::vector<unsigned char> demo(32, 0x5a);
  // ruleid: backdoor-known-key
  return EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), nullptr, demo.data(), iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: the key of 'EVP_EncryptInit_ex' is a known key 'demo' (one byte repeated); anyone can look it up and decrypt what it protects [backdoor-known-key]
  // CHECK-MESSAGES: :[[@LINE-4]]:36: note: constant defined here
}
