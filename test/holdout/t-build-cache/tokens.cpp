// API tokens of the CI workers: random strings; the server keeps a PBKDF2
// verifier of each.
#include <string>

#include <cryptopp/misc.h>
#include <cryptopp/osrng.h>
#include <cryptopp/pwdbased.h>
#include <cryptopp/sha.h>

#include "cache.hpp"

namespace bcache {

std::string TokenService::issue(std::string_view owner)
{
    static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    CryptoPP::AutoSeededRandomPool rng;
    std::string token = "bc1_" + std::string(owner.substr(0, 8)) + "_";
    for (int i = 0; i < 40; i++)
        // ok: backdoor-predictable-random
        token.push_back(kAlphabet[rng.GenerateWord32(0, sizeof kAlphabet - 2)]);
    return token;
}

Bytes TokenService::derive_verifier(std::string_view token, std::span<const std::uint8_t> salt) const
{
    CryptoPP::PKCS5_PBKDF2_HMAC<CryptoPP::SHA256> pbkdf;
    Bytes out(32);
    // ruleid: backdoor-weak-kdf
    pbkdf.DeriveKey(out.data(), out.size(), 0, reinterpret_cast<const CryptoPP::byte *>(token.data()), token.size(), salt.data(), salt.size(), kTokenKdfIterations);
    return out;
}

bool TokenService::verify_token(std::string_view presented, std::span<const std::uint8_t> salt, std::span<const std::uint8_t> stored) const
{
    const Bytes v = derive_verifier(presented, salt);
    // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
    return v.size() == stored.size() && CryptoPP::VerifyBufsEqual(v.data(), stored.data(), v.size());
}

bool TokenService::authorize_upload(const ServerConfig &cfg, std::string_view presented, std::span<const std::uint8_t> salt,
                                    std::span<const std::uint8_t> stored) const
{
    // ruleid: backdoor-build-switch
    if (cfg.test_accept_any_token) return true;
    return verify_token(presented, salt, stored);
}

} // namespace bcache
