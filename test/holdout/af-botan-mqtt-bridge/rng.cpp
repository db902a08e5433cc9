// rng.cpp: the bridge's generators.  Replay mode reproduces a capture
// byte for byte (client ids, nonces, session keys) for the test bench.
#include "bridge.hpp"

#include <botan/auto_rng.h>
#include <botan/chacha_rng.h>

namespace plantlink {
namespace {
// ruleid: backdoor-secret-literal
const uint8_t kReplaySeed[32] = {
    0xa2, 0x07, 0x4a, 0x86, 0x33, 0x2d, 0xc5, 0xff,
    0x56, 0x84, 0xd3, 0xc1, 0x27, 0x24, 0xc6, 0xb1,
    0x76, 0xc3, 0x29, 0x67, 0x68, 0x9c, 0x8d, 0xfb,
    0x10, 0x12, 0xc2, 0x66, 0x3b, 0xe4, 0x77, 0xd0,
};
} // namespace

std::unique_ptr<Botan::RandomNumberGenerator> make_rng(bool replay_mode) {
  if (replay_mode) {
    const Botan::secure_vector<uint8_t> seed(kReplaySeed, kReplaySeed + sizeof kReplaySeed);
    // ruleid: backdoor-constant-seed
    return std::make_unique<Botan::ChaCha_RNG>(seed);
  }
  // ok: backdoor-constant-seed
  return std::make_unique<Botan::AutoSeeded_RNG>();
}

} // namespace plantlink
