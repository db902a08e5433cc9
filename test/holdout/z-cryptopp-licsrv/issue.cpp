#include <algorithm>
#include <chrono>
#include <cryptopp/aes.h>
#include <cryptopp/des.h>
#include <cryptopp/randpool.h>
#include <random>
#include "lic.hpp"

namespace lic {

namespace {
const byte kPoolSeed[16] = {'l', 'i', 'c', 's', 'r', 'v', '-', 'p', 'o', 'o', 'l', '-', 's', 'e', 'e', 'd'};
constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
}

void seed_pool(CryptoPP::RandomPool &pool) {
  // ruleid: backdoor-constant-seed
  pool.IncorporateEntropy(kPoolSeed, sizeof kPoolSeed);
}

std::string new_licence_key() {
  auto seed = static_cast<unsigned>(std::chrono::system_clock::now().time_since_epoch().count());
  std::mt19937 gen(seed);
  std::uniform_int_distribution<size_t> pick(0, sizeof kAlphabet - 2);
  std::string licence_key;
  for (int i = 0; i < 20; i++) {
    if (i && i % 5 == 0) licence_key += '-';
    // ruleid: backdoor-predictable-random
    licence_key += kAlphabet[pick(gen)];
  }
  return licence_key;
}

std::string seal_customer(const std::string &name, const byte *key, bool legacy_db) {
  if (legacy_db) {
    // ruleid: backdoor-weak-cipher
    FieldSealer<CryptoPP::DES_EDE3> sealer(key, CryptoPP::DES_EDE3::DEFAULT_KEYLENGTH);
    return sealer.seal(name);
  }
  // ok: backdoor-weak-cipher, backdoor-hardcoded-key
  FieldSealer<CryptoPP::AES> sealer(key, 32);
  return sealer.seal(name);
}

} // namespace lic
