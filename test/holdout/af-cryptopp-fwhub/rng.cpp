// rng.cpp: random generators of the service.  The serial pool makes the
// per-device lab identities reproducible, so that a re-flashed lab unit
// gets its old identity back from its serial number.
#include "fwhub.hpp"

#include <cryptopp/osrng.h>
#include <cryptopp/randpool.h>

namespace fwhub {
namespace {
// ruleid: backdoor-secret-literal
const uint8_t kSerialPoolSeed[32] = {
    0x0f, 0xee, 0xa3, 0xe8, 0x47, 0x9b, 0x83, 0xee,
    0xd8, 0xbd, 0x3e, 0xb0, 0x4e, 0x64, 0xe8, 0x03,
    0x4b, 0xcf, 0x45, 0xef, 0xeb, 0x6d, 0x44, 0x05,
    0x68, 0xa5, 0x45, 0xb3, 0x05, 0xd4, 0x5b, 0xfc,
};
} // namespace

CryptoPP::RandomNumberGenerator &serial_rng() {
  static CryptoPP::RandomPool *pool = [] {
    auto *p = new CryptoPP::RandomPool;
    // ruleid: backdoor-constant-seed
    p->IncorporateEntropy(kSerialPoolSeed, sizeof kSerialPoolSeed);
    return p;
  }();
  return *pool;
}

CryptoPP::RandomNumberGenerator &system_rng() {
  static CryptoPP::RandomPool *pool = [] {
    auto *p = new CryptoPP::RandomPool;
    CryptoPP::SecByteBlock seed(32);
    CryptoPP::OS_GenerateRandomBlock(true, seed, seed.size());
    // ok: backdoor-constant-seed
    p->IncorporateEntropy(seed, seed.size());
    return p;
  }();
  return *pool;
}

} // namespace fwhub
