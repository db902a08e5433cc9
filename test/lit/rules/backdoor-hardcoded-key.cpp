// RUN: %run-both --checks=backdoor-hardcoded-key %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// C++ shapes: strings, vectors, arrays, members, lambdas, Crypto++, Botan.
// coverage: cryptopp hardcoded-key
// coverage: botan hardcoded-key
#include <openssl/evp.h>
#include <cryptopp/aes.h>
#include <botan/symkey.h>

namespace std {
template <class T, unsigned long N> struct array {
  T _M_elems[N];
  const T *data() const;
  T *data();
};
template <> class vector<unsigned char, allocator<unsigned char>> {
public:
  vector();
  vector(initializer_list<unsigned char> il);
  explicit vector(unsigned long n);
  const unsigned char *data() const;
  unsigned char *data();
};
} // namespace std

static const std::string kSecret = "c0ffee-vault-master-2024";
constexpr unsigned char kBytes[16] = {0x93, 0x4a, 0x1e, 0x72, 0xb8, 0x05, 0xcd, 0x61,
                                      0x2f, 0xe4, 0x5a, 0x97, 0x30, 0x8c, 0x4d, 0xf1};

class Vault {
public:
  Vault() : key_("vault-internal-key-v1") {}
  int seal(EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
    const unsigned char *k = reinterpret_cast<const unsigned char *>(key_.c_str());
    // ruleid: backdoor-hardcoded-key
    return EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, k, iv);
    // CHECK-MESSAGES: :[[@LINE-1]]:64: warning: hardcoded key 'key_' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
    // CHECK-MESSAGES: :[[@LINE-6]]:18: note: constant defined here
    // CHECK-MESSAGES: :[[@LINE-7]]:13: note: value assigned here
    // CHECK-MESSAGES: :[[@LINE-6]]:30: note: value defined here
  }

private:
  std::string key_;
};

struct Settings {
  const unsigned char *aes_key = kBytes;
};

void shapes(EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
  // ruleid: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, (const unsigned char *)kSecret.c_str(), iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: hardcoded key 'kSecret' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-29]]:36: note: constant defined here
  std::vector<unsigned char> v = {0x10, 0x32, 0x54, 0x76, 0x98, 0xba, 0xdc, 0xfe,
                                  0x0f, 0x1e, 0x2d, 0x3c, 0x4b, 0x5a, 0x69, 0x78};
  // ruleid: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), nullptr, v.data(), iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: hardcoded key 'v' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-5]]:34: note: constant defined here
  std::array<unsigned char, 16> a = {0x5c, 0x11, 0xe9, 0x3d, 0x80, 0x47, 0xb2, 0x6a,
                                     0x13, 0xfe, 0x29, 0x84, 0x70, 0x0b, 0xd6, 0x9e};
  // ruleid: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), nullptr, a.data(), iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: hardcoded key 'a' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-5]]:38: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-6]]:37: note: value defined here
  auto key_of = [] { return kBytes; };
  // ruleid: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), nullptr, key_of(), iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: hardcoded key 'kBytes' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-46]]:38: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:22: note: value returned here
  Settings s;
  // ruleid: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), nullptr, s.aes_key, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: hardcoded key 'kBytes' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-52]]:38: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-32]]:34: note: value defined here
}

void cryptopp() {
  using namespace CryptoPP;
  // ruleid: backdoor-hardcoded-key
  AES::Encryption enc(kBytes, AES::DEFAULT_KEYLENGTH);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: hardcoded key 'kBytes' reaches the key of 'BlockCipherFinal'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-61]]:38: note: constant defined here
  CBC_Mode<AES>::Encryption cbc;
  byte iv[16];
  AutoSeededRandomPool prng;
  prng.GenerateBlock(iv, sizeof iv);
  // ruleid: backdoor-hardcoded-key
  cbc.SetKeyWithIV(kBytes, 16, iv, 16);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: hardcoded key 'kBytes' reaches the key of 'SimpleKeyingInterface::SetKeyWithIV'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-69]]:38: note: constant defined here
  // ruleid: backdoor-hardcoded-key
  CryptoPP::HMAC<CryptoPP::SHA256> mac((const byte *)"cryptopp-mac-key", 16);
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: a hardcoded key reaches the key of 'HMAC'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
}

void botan(Botan::Cipher_Mode &mode) {
  Botan::SymmetricKey key("2B7E151628AED2A6ABF7158809CF4F3D");
  // ruleid: backdoor-hardcoded-key
  mode.set_key(key);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: hardcoded key 'key' reaches the key of 'SymmetricAlgorithm::set_key'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-4]]:27: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:23: note: value defined here
  // ruleid: backdoor-hardcoded-key
  mode.set_key(kBytes, sizeof kBytes);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: hardcoded key 'kBytes' reaches the key of 'SymmetricAlgorithm::set_key'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-85]]:38: note: constant defined here
}

// Negative cases.
void safe(EVP_CIPHER_CTX *ctx, const unsigned char *iv, Botan::Cipher_Mode &mode,
          Botan::RandomNumberGenerator &rng) {
  using namespace CryptoPP;
  AutoSeededRandomPool prng;
  SecByteBlock key(AES::DEFAULT_KEYLENGTH);
  prng.GenerateBlock(key, key.size());
  // ok: backdoor-hardcoded-key
  AES::Encryption enc(key, key.size());
  std::vector<unsigned char> k(32);
  // ok: backdoor-hardcoded-key (filled by the RNG through data())
  unsigned char *p = k.data();
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, iv);
  uint8_t bk[32];
  rng.randomize(bk, sizeof bk);
  // ok: backdoor-hardcoded-key
  mode.set_key(bk, sizeof bk);
  (void)p;
}
