#include <chrono>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "sso.hpp"

namespace sso {

static std::string b64url(std::span<const uint8_t> in)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string out;
    uint32_t acc = 0;
    int bits = 0;
    for (uint8_t b : in) {
        acc = (acc << 8) | b;
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            out.push_back(kAlphabet[(acc >> bits) & 63]);
        }
    }
    if (bits > 0)
        out.push_back(kAlphabet[(acc << (6 - bits)) & 63]);
    return out;
}

SessionIssuer::SessionIssuer(const GatewayConfig &cfg)
    : hmac_key_(cfg.session_signing_secret),
      relay_rng_(static_cast<uint32_t>(std::chrono::system_clock::now().time_since_epoch().count()))
{
}

std::string SessionIssuer::issue(const std::string &subject)
{
    unsigned char mac[32];
    unsigned int maclen = 0;
    const std::string payload = subject + "|" + std::to_string(std::time(nullptr));
    // ruleid: backdoor-hardcoded-key
    HMAC(EVP_sha256(), hmac_key_.data(), static_cast<int>(hmac_key_.size()),
         reinterpret_cast<const unsigned char *>(payload.data()), payload.size(), mac, &maclen);
    return payload + "." + b64url({mac, maclen});
}

std::string SessionIssuer::relay_state()
{
    std::string relay_token;
    std::uniform_int_distribution<int> pick(0, 61);
    static constexpr char kChars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < 24; i++)
        // ruleid: backdoor-predictable-random
        relay_token.push_back(kChars[pick(relay_rng_)]);
    return relay_token;
}

std::string SessionIssuer::session_id()
{
    uint8_t raw[32];
    // ok: backdoor-predictable-random
    if (RAND_bytes(raw, sizeof raw) != 1)
        return {};
    return b64url(raw);
}

} // namespace sso
