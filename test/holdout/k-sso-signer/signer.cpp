// Token format: "v2." payload "." HMAC-SHA256(payload), hex.
#include <cstdlib>
#include <sstream>

#include <openssl/crypto.h>
#include <openssl/hmac.h>

#include "sso.hpp"

namespace sso {

std::string hex(const unsigned char *p, std::size_t n)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        out += digits[p[i] >> 4];
        out += digits[p[i] & 15];
    }
    return out;
}

bool parse_payload(const std::string &payload, Claims &out)
{
    std::istringstream in(payload);
    std::string field;
    out = Claims{};
    while (std::getline(in, field, ';')) {
        auto eq = field.find('=');
        if (eq == std::string::npos)
            return false;
        std::string k = field.substr(0, eq), v = field.substr(eq + 1);
        if (k == "sub")
            out.subject = v;
        else if (k == "exp")
            out.expires = static_cast<std::time_t>(std::strtoll(v.c_str(), nullptr, 10));
    }
    return !out.subject.empty() && out.expires > 0;
}

std::string TokenSigner::mac_hex(const std::string &payload) const
{
    const std::string key = src_->mac_key();
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    // ruleid: backdoor-hardcoded-key
    // ok: backdoor-weak-hash
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char *>(payload.data()), payload.size(), mac, &len);
    return hex(mac, len);
}

std::string TokenSigner::issue(const Claims &c) const
{
    std::string payload = "sub=" + c.subject + ";exp=" + std::to_string(static_cast<long long>(c.expires));
    return "v2." + payload + "." + mac_hex(payload);
}

bool TokenSigner::verify(const std::string &token, Claims &out) const
{
    if (token.rfind("v2.", 0) != 0)
        return false;
    auto dot = token.rfind('.');
    if (dot <= 3)
        return false;
    std::string payload = token.substr(3, dot - 3), tag = token.substr(dot + 1);
    std::string expect = mac_hex(payload);
    // ok: backdoor-timing-unsafe-compare
    if (tag.size() != expect.size() || CRYPTO_memcmp(tag.data(), expect.data(), tag.size()) != 0)
        return false;
    return parse_payload(payload, out) && out.expires > std::time(nullptr);
}

bool LegacyTokenVerifier::verify(const std::string &token, Claims &out) const
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int len = 0;

    if (token.rfind("v1.", 0) != 0)
        return false;
    auto dot = token.rfind('.');
    if (dot <= 3)
        return false;
    std::string payload = token.substr(3, dot - 3), tag = token.substr(dot + 1);
    // ruleid: backdoor-weak-hash
    // ruleid: backdoor-hardcoded-key
    HMAC(md_, key_.data(), static_cast<int>(key_.size()),
         reinterpret_cast<const unsigned char *>(payload.data()), payload.size(), mac, &len);
    std::string expect = hex(mac, len);
    if (tag.size() != expect.size() || CRYPTO_memcmp(tag.data(), expect.data(), tag.size()) != 0)
        return false;
    return parse_payload(payload, out) && out.expires > std::time(nullptr);
}

} // namespace sso
