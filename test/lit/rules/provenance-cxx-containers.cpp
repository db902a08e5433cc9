// RUN: %run-both --checks='backdoor-hardcoded-key,backdoor-known-key,backdoor-predictable-random,backdoor-magic-credential' %s -- -std=c++20 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// The standard library's containers and algorithms (libstdc++, not a mock):
// std::vector, std::string, std::string_view, std::array and std::span
// handed over through data() or c_str(); range-for by reference;
// std::copy, std::generate(_n), std::transform and std::for_each
// with lambdas. The same shapes filled by the CSPRNG stay quiet.
#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <optional>
#include <cstdio>
#include <utility>
#include <vector>

extern "C" {
typedef struct evp_cipher_ctx_st EVP_CIPHER_CTX;
typedef struct evp_cipher_st EVP_CIPHER;
typedef struct engine_st ENGINE;
const EVP_CIPHER *EVP_aes_128_cbc(void);
int EVP_EncryptInit_ex(EVP_CIPHER_CTX *ctx, const EVP_CIPHER *type, ENGINE *impl,
                       const unsigned char *key, const unsigned char *iv);
int RAND_bytes(unsigned char *buf, int num);
int PKCS5_PBKDF2_HMAC_SHA1(const char *pass, int passlen, const unsigned char *salt, int saltlen,
                           int iter, int keylen, unsigned char *out);
}

static const unsigned char kTable[16] = {0x9e, 0x21, 0x6b, 0xd4, 0x07, 0x5a, 0xc3, 0x38,
                                         0xf1, 0x4d, 0x82, 0x1f, 0xb6, 0x70, 0x2c, 0xe9};

int vector_literal(EVP_CIPHER_CTX *c) {
  std::vector<unsigned char> key{0x5c, 0x11, 0xe9, 0x3d, 0x80, 0x47, 0xb2, 0x6a,
                                 0x13, 0xfe, 0x29, 0x84, 0x70, 0x0b, 0xd6, 0x9e};
  // ruleid: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key.data(), nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: hardcoded key 'key' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-5]]:33: note: constant defined here
}

int string_password(unsigned char *out, const unsigned char *salt) {
  std::string pw = "vault-admin-2024!";
  // ruleid: backdoor-magic-credential
  return PKCS5_PBKDF2_HMAC_SHA1(pw.c_str(), (int)pw.size(), salt, 16, 100000, 32, out);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: hardcoded password 'pw' reaches the password of 'PKCS5_PBKDF2_HMAC_SHA1'; anyone with the binary knows it [backdoor-magic-credential]
  // CHECK-MESSAGES: :[[@LINE-4]]:20: note: constant defined here
}

int string_view_password(unsigned char *out, const unsigned char *salt) {
  std::string_view pw = "vault-admin-2024!";
  // ruleid: backdoor-magic-credential
  return PKCS5_PBKDF2_HMAC_SHA1(pw.data(), (int)pw.size(), salt, 16, 100000, 32, out);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: hardcoded password 'pw' reaches the password of 'PKCS5_PBKDF2_HMAC_SHA1'; anyone with the binary knows it [backdoor-magic-credential]
  // CHECK-MESSAGES: :[[@LINE-4]]:25: note: constant defined here
}

int span_key(EVP_CIPHER_CTX *c) {
  std::span<const unsigned char> key(kTable);
  // ruleid: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key.data(), nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: hardcoded key 'kTable' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-33]]:41: note: constant defined here
}

int range_for_array(EVP_CIPHER_CTX *c) {
  std::array<unsigned char, 16> key{};
  for (auto &b : key) b = static_cast<unsigned char>(rand());
  // ruleid: backdoor-predictable-random
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key.data(), nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: output of 'rand' reaches the key of 'EVP_EncryptInit_ex'; it is predictable, so the value can be recomputed [backdoor-predictable-random]
}

int range_for_c_array(EVP_CIPHER_CTX *c) {
  unsigned char key[16];
  for (auto &b : key) b = static_cast<unsigned char>(rand());
  // ruleid: backdoor-predictable-random
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: output of 'rand' reaches the key of 'EVP_EncryptInit_ex'; it is predictable, so the value can be recomputed [backdoor-predictable-random]
}

int generate_vector(EVP_CIPHER_CTX *c) {
  std::vector<unsigned char> key(16);
  std::generate(key.begin(), key.end(), [] { return static_cast<unsigned char>(rand()); });
  // ruleid: backdoor-predictable-random
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key.data(), nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: output of 'rand' reaches the key of 'EVP_EncryptInit_ex'; it is predictable, so the value can be recomputed [backdoor-predictable-random]
}

int generate_n_array(EVP_CIPHER_CTX *c) {
  unsigned char key[16];
  std::generate_n(key, 16, [] { return static_cast<unsigned char>(rand()); });
  // ruleid: backdoor-predictable-random
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: output of 'rand' reaches the key of 'EVP_EncryptInit_ex'; it is predictable, so the value can be recomputed [backdoor-predictable-random]
}

int for_each_vector(EVP_CIPHER_CTX *c) {
  std::vector<unsigned char> key(16);
  std::for_each(key.begin(), key.end(), [](unsigned char &b) { b = static_cast<unsigned char>(rand()); });
  // ruleid: backdoor-predictable-random
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key.data(), nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: output of 'rand' reaches the key of 'EVP_EncryptInit_ex'; it is predictable, so the value can be recomputed [backdoor-predictable-random]
}

int copy_into_vector(EVP_CIPHER_CTX *c) {
  std::vector<unsigned char> key(16);
  std::copy(kTable, kTable + 16, key.begin());
  // ruleid: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key.data(), nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: hardcoded key 'kTable' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-82]]:41: note: constant defined here
}

int transform_vector(EVP_CIPHER_CTX *c) {
  std::vector<unsigned char> key(16);
  std::transform(kTable, kTable + 16, key.begin(), [](unsigned char x) { return x ^ 0x5a; });
  // ruleid: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key.data(), nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: hardcoded key 'kTable' (computed from constant data) reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-91]]:41: note: constant defined here
}

// Negative cases: the CSPRNG fills the storage; the constant is only mixed in.
int random_vector(EVP_CIPHER_CTX *c) {
  std::vector<unsigned char> key(16);
  if (RAND_bytes(key.data(), 16) != 1) return 0;
  // ok: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key.data(), nullptr);
}

int random_copied(EVP_CIPHER_CTX *c) {
  unsigned char r[16];
  if (RAND_bytes(r, 16) != 1) return 0;
  std::vector<unsigned char> key(16);
  std::copy(r, r + 16, key.begin());
  // ok: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key.data(), nullptr);
}

int random_masked(EVP_CIPHER_CTX *c) {
  std::array<unsigned char, 16> key{};
  if (RAND_bytes(key.data(), 16) != 1) return 0;
  for (auto &b : key) b ^= 0x36;
  // ok: backdoor-known-key
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key.data(), nullptr);
}

int random_transformed(EVP_CIPHER_CTX *c) {
  unsigned char r[16];
  if (RAND_bytes(r, 16) != 1) return 0;
  std::vector<unsigned char> key(16);
  std::transform(r, r + 16, key.begin(), [](unsigned char x) { return x ^ 0x5a; });
  // ok: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key.data(), nullptr);
}

int read_only_loop(EVP_CIPHER_CTX *c, const std::vector<unsigned char> &in) {
  unsigned sum = 0;
  for (const auto &b : in) sum += b;
  std::vector<unsigned char> key(in);
  // ok: backdoor-known-key
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key.data(), nullptr) + (int)sum;
}

// Pieces copied through data() + offset: the non-const data() hands out the
// storage, it writes nothing itself.
static const unsigned long long kWords[2] = {0x8f1e2d3c4b5a6978ULL, 0x1122d3c4e5f60718ULL};

std::array<unsigned char, 16> words_key() {
  std::array<unsigned char, 16> key{};
  for (size_t i = 0; i < 2; ++i) {
    const unsigned long long w = __builtin_bswap64(kWords[i]);
    std::memcpy(key.data() + 8 * i, &w, sizeof w);
  }
  return key;
}

int words(EVP_CIPHER_CTX *c) {
  const std::array<unsigned char, 16> key = words_key();
  // ruleid: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key.data(), nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: hardcoded key 'kWords' (computed from constant data) reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-16]]:45: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-11]]:5: note: copied here
}

int words_then_random(EVP_CIPHER_CTX *c) {
  std::vector<unsigned char> key(16);
  std::memcpy(key.data() + 8, &kWords[1], 8);
  if (RAND_bytes(key.data(), 8) != 1) return 0;
  // ok: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key.data(), nullptr);
}

// Structured bindings: a tuple's element (std::get of the holding
// variable), a struct's field. A random key bound the same way is quiet;
// a key's size is a count, not the key.
static std::tuple<std::vector<unsigned char>, int> factory_pair() {
  return {std::vector<unsigned char>(kTable, kTable + 16), 3};
}
int tuple_binding(EVP_CIPHER_CTX *c) {
  auto [key, version] = factory_pair();
  (void)version;
  // ruleid: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key.data(), nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: hardcoded key 'kTable' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
}
struct KeyPair {
  std::array<unsigned char, 16> enc, mac;
};
int struct_binding(EVP_CIPHER_CTX *c) {
  KeyPair kp{{0x3a, 0x91, 0x0c, 0xd7, 0x62, 0xe5, 0x18, 0xbf, 0x4e, 0x27, 0x9d, 0x70, 0xc1, 0x05, 0xa8, 0x53}, {}};
  auto &[enc, mac] = kp;
  (void)mac;
  // ruleid: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, enc.data(), nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: hardcoded key 'enc' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
}
static std::pair<std::vector<unsigned char>, int> random_pair() {
  std::vector<unsigned char> k(16);
  if (RAND_bytes(k.data(), 16) != 1) k.clear();
  return {k, 1};
}
int random_binding(EVP_CIPHER_CTX *c) {
  auto [key, version] = random_pair();
  (void)version;
  // ok: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key.data(), nullptr);
}

// `return std::nullopt;` holds no data: a key read from a file through an
// optional is no constant.
static std::optional<std::vector<unsigned char>> read_key_file(const char *path) {
  std::FILE *f = std::fopen(path, "rb");
  if (!f) return std::nullopt;
  std::vector<unsigned char> k(16);
  size_t n = std::fread(k.data(), 1, k.size(), f);
  std::fclose(f);
  if (n != k.size()) return std::nullopt;
  return k;
}
int optional_key(EVP_CIPHER_CTX *c) {
  auto k = read_key_file("/etc/app/key");
  if (!k) return 0;
  // ok: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, k->data(), nullptr);
}
