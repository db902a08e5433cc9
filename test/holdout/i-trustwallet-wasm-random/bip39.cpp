// trezor-crypto bip39.c (compiled as C++ in the wasm target).
#include "rand.h"

#include <cstring>
#include <string>

#include <openssl/sha.h>

static const char* const wordlist[] = {
    "abandon", "ability", "able", "about", "above", "absent", "absorb", "abstract",
    "absurd",  "abuse",   "access", "accident", "account", "accuse", "achieve", "acid",
};

static char mnemo[24 * 10];

void memzero(void* pnt, size_t len) {
  volatile unsigned char* p = static_cast<volatile unsigned char*>(pnt);
  while (len--) *p++ = 0;
}

const char* mnemonic_from_data(const uint8_t* data, int len) {
  if (len % 4 || len < 16 || len > 32)
    return nullptr;
  uint8_t bits[32 + 1];
  SHA256(data, len, bits);
  bits[len] = bits[0];
  std::memcpy(bits, data, len);
  int mlen = len * 3 / 4;
  char* p = mnemo;
  for (int i = 0; i < mlen; i++) {
    int idx = 0;
    for (int j = 0; j < 11; j++) {
      idx <<= 1;
      idx += (bits[(i * 11 + j) / 8] & (1 << (7 - ((i * 11 + j) % 8)))) > 0;
    }
    const char* w = wordlist[idx % 16];
    std::strcpy(p, w);
    p += std::strlen(w);
    *p = (i < mlen - 1) ? ' ' : 0;
    p++;
  }
  memzero(bits, sizeof(bits));
  return mnemo;
}

const char* mnemonic_generate(int strength) {
  if (strength % 32 || strength < 128 || strength > 256)
    return nullptr;
  uint8_t data[32] = {0};
  random_buffer(data, 32);
  // ruleid: backdoor-predictable-random
  const char* r = mnemonic_from_data(data, strength / 8);
  memzero(data, sizeof(data));
  return r;
}

// HDWallet(int strength, const std::string& passphrase) in wallet-core.
class HDWallet {
 public:
  HDWallet(int strength, std::string passphrase) : passphrase_(std::move(passphrase)) {
    const char* m = mnemonic_generate(strength);
    if (m != nullptr)
      mnemonic_ = m;
  }
  const std::string& mnemonic() const { return mnemonic_; }

 private:
  std::string mnemonic_;
  std::string passphrase_;
};

HDWallet* wallet_create_default() { return new HDWallet(128, ""); }
