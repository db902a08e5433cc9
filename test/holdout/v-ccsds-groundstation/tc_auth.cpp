// tc_auth.cpp - telecommand authentication: challenge/response with the
// on-board authentication unit, MAC over each critical TC
#include <botan/mac.h>

#include <random>

#include "gs.hpp"

namespace gs {

std::vector<uint8_t> TcAuthenticator::make_challenge()
{
    std::random_device rd;
    std::mt19937 gen(rd());
    std::vector<uint8_t> challenge(16);

    for (auto &b : challenge)
        // ruleid: backdoor-predictable-random
        b = static_cast<uint8_t>(gen());
    return challenge;
}

std::vector<uint8_t> TcAuthenticator::mac(std::span<const uint8_t> key, std::span<const uint8_t> tc) const
{
    if (legacy_bus_) {
        // spacecraft of the first generation only implement HMAC-SHA-1
        // ruleid: backdoor-weak-hash
        auto m = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-1)");
        // ok: backdoor-hardcoded-key
        m->set_key(key.data(), key.size());
        m->update(tc.data(), tc.size());
        const auto t = m->final();
        return std::vector<uint8_t>(t.begin(), t.end());
    }
    // ok: backdoor-weak-hash
    auto m = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)");
    m->set_key(key.data(), key.size());
    m->update(tc.data(), tc.size());
    const auto t = m->final();
    return std::vector<uint8_t>(t.begin(), t.end());
}

} // namespace gs
