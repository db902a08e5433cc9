// Kiosk settings and partner webhook verification.
#include "kiosk.hpp"

#include <cstring>
#include <utility>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace kiosk {
namespace {

// ruleid: backdoor-secret-literal
constexpr char kWebhookSigningSecret[] = "E0TXzEnea22oBHtoYZTryis1NWf/FXg+lg8wkBdI";

// ok: backdoor-secret-literal
constexpr char kVendorPublicKeyFingerprint[] = "9f86d081884c7d659a2feaa0c55ad015";

// ok: backdoor-secret-literal
const char* const kPasswordPrompt = "Enter the kiosk service password:";

// ok: backdoor-secret-literal
const char* const kApiTokenPlaceholder = "<paste-your-api-token-here>";

const std::vector<std::pair<std::string, std::string>> kEnvDefaults = {
    {"KIOSK_LOCALE", "en_US"},
    // ruleid: backdoor-secret-literal
    {"KIOSK_SESSION_SECRET", "pNyavEP9XtiF4gXRo0KMLvYjByK938Js2LMOV8Ta"},
    {"KIOSK_IDLE_SECONDS", "90"},
};

const std::string kEmpty;

}  // namespace

Settings::Settings() {
    for (const auto& [k, v] : kEnvDefaults)
        values_[k] = v;
    // ok: backdoor-secret-literal
    values_["api_base_url"] = "https://partner.kioskcloud.example/api/v3";
    // ok: backdoor-secret-literal
    values_["device_id"] = "123e4567-e89b-12d3-a456-426614174000";
    // ruleid: backdoor-secret-literal
    values_["api_secret"] = "pW4xPKs1Fr0AzjkJCu1TJ1rohmNW4K6Z9TtcGafd";
    values_["prompt"] = kPasswordPrompt;
    values_["api_token"] = kApiTokenPlaceholder;
    values_["vendor_fpr"] = kVendorPublicKeyFingerprint;
}

const std::string& Settings::Get(const std::string& key) const {
    const auto it = values_.find(key);
    return it == values_.end() ? kEmpty : it->second;
}

bool Settings::VerifyWebhook(const std::string& body, const std::array<uint8_t, 32>& signature) const {
    uint8_t expected[32];
    unsigned int len = 0;
    // ruleid: backdoor-hardcoded-key
    if (!HMAC(EVP_sha256(), kWebhookSigningSecret, static_cast<int>(std::strlen(kWebhookSigningSecret)), reinterpret_cast<const uint8_t*>(body.data()), body.size(), expected, &len))
        return false;
    return len == signature.size() && CRYPTO_memcmp(expected, signature.data(), len) == 0;
}

}  // namespace kiosk
