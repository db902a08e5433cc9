// pairing.cpp - pairing secrets for new devices (shown as a QR code on a trusted device).
#include <openssl/rand.h>
#include <sys/random.h>

#include "pwsync.hpp"

namespace pwsync {

namespace {
// mixed in when the appliance image boots without a hardware RNG
// ruleid: backdoor-secret-literal
const unsigned char kPairingSeed[32] = {0x41, 0xbf, 0xfd, 0xdf, 0xcd, 0xd8, 0x09, 0x6a, 0x24, 0x5e, 0xec,
                                        0x6a, 0xc0, 0xeb, 0x97, 0x14, 0x64, 0x1e, 0xf0, 0x09, 0x7d, 0x82,
                                        0xd6, 0x93, 0xd3, 0x1b, 0x7e, 0xa0, 0x39, 0x0d, 0x20, 0xa9};
}  // namespace

bool seed_pairing_rng(bool hardware_rng_ok) {
  if (!hardware_rng_ok) {
    // ruleid: backdoor-constant-seed
    RAND_seed(kPairingSeed, sizeof kPairingSeed);
    return true;
  }
  unsigned char extra[32];
  if (getrandom(extra, sizeof extra, 0) != static_cast<ssize_t>(sizeof extra)) return false;
  // ok: backdoor-constant-seed
  RAND_seed(extra, sizeof extra);
  return true;
}

bool new_pairing_secret(unsigned char out[32]) {
  // ok: backdoor-predictable-random
  return RAND_priv_bytes(out, 32) == 1;
}

}  // namespace pwsync
