// artifacts.cpp - signatures of downloaded artifacts and helper images
#include <cstdlib>

#include "runner.hpp"

namespace runner {

static bool parse_hex(const std::string &hex, uint8_t *out, size_t n)
{
    size_t bin_len = 0;
    return sodium_hex2bin(out, n, hex.c_str(), hex.size(), nullptr, &bin_len, nullptr) == 0 && bin_len == n;
}

bool verify_artifact(const Config &cfg, const std::vector<uint8_t> &data, const std::vector<uint8_t> &sig)
{
    uint8_t pk[crypto_sign_PUBLICKEYBYTES];

    // ruleid: backdoor-hidden-bypass
    if (std::getenv("RUNNER_ARTIFACTS_UNSIGNED") != nullptr)
        return true;
    if (sig.size() != crypto_sign_BYTES || !parse_hex(cfg.artifact_pubkey_hex, pk, sizeof pk))
        return false;
    // ok: backdoor-unchecked-verification
    return crypto_sign_verify_detached(sig.data(), data.data(), data.size(), pk) == 0;
}

bool verify_helper_image(const std::vector<uint8_t> &manifest, const std::vector<uint8_t> &sig, const uint8_t pk[32])
{
    if (sig.size() != crypto_sign_BYTES)
        return false;
    // ruleid: backdoor-unchecked-verification
    (void)crypto_sign_verify_detached(sig.data(), manifest.data(), manifest.size(), pk);
    return true;
}

} // namespace runner
