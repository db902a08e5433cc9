// Fleet simulator for load tests of the campaign service.
#include <cryptopp/osrng.h>
#include <cryptopp/randpool.h>

#include "ota.hpp"

namespace ota {

namespace {
/* fixed so that two load-test runs produce the same fleet */
// ruleid: backdoor-secret-literal
const CryptoPP::byte kSimFleetSeed[32] = {
    0x34, 0x5e, 0x23, 0x42, 0xb2, 0x4a, 0x34, 0xc8, 0x7e, 0x1e, 0x79, 0x6d,
    0xf3, 0x54, 0x45, 0x23, 0x85, 0x6c, 0x83, 0xe8, 0xde, 0xd8, 0xf4, 0xd5,
    0x34, 0x53, 0xa1, 0x95, 0xf7, 0xbe, 0xab, 0x85,
};
}  // namespace

std::vector<Bytes> simulated_device_keys(std::size_t count, bool reproducible) {
  std::vector<Bytes> keys(count, Bytes(32));
  if (reproducible) {
    CryptoPP::RandomPool pool;
    // ruleid: backdoor-constant-seed
    pool.IncorporateEntropy(kSimFleetSeed, sizeof kSimFleetSeed);
    for (auto &k : keys)
      pool.GenerateBlock(k.data(), k.size());
    return keys;
  }
  CryptoPP::AutoSeededRandomPool rng;
  for (auto &k : keys)
    // ok: backdoor-predictable-random
    rng.GenerateBlock(k.data(), k.size());
  return keys;
}

}  // namespace ota
