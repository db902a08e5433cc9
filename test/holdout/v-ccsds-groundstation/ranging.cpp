// ranging.cpp - pseudo-noise ranging codes: the spacecraft's transponder
// generates the same sequence, so the generator and its seed are fixed
#include <cryptopp/rng.h>

#include "gs.hpp"

namespace gs {

std::vector<uint8_t> ranging_pn_sequence(size_t n)
{
    // ok: backdoor-constant-seed
    CryptoPP::LC_RNG rng(0x2545F491u);
    std::vector<uint8_t> pn_code(n);

    // ok: backdoor-predictable-random
    rng.GenerateBlock(pn_code.data(), pn_code.size());
    return pn_code;
}

} // namespace gs
