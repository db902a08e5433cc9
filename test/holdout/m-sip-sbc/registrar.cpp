// digest registrar (RFC 2617/3261) with stateless nonces
#include <fstream>
#include <iterator>

#include <botan/hash.h>
#include <botan/hex.h>
#include <botan/mac.h>
#include <botan/mem_ops.h>

#include "sbc.hpp"

namespace sbc {

namespace {
std::string md5_hex(const std::string &s)
{
    // ok: backdoor-weak-hash
    auto h = Botan::HashFunction::create_or_throw("MD5");
    h->update(s);
    return Botan::hex_encode(h->final(), false);
}
} // namespace

Registrar::Registrar(const std::string &realm, const std::string &ha1_file, const std::string &nonce_key_file)
    : realm_(realm)
{
    std::ifstream users(ha1_file);
    for (std::string user, ha1; users >> user >> ha1;)
        ha1_[user] = ha1;
    std::ifstream key(nonce_key_file, std::ios::binary);
    nonce_secret_.assign(std::istreambuf_iterator<char>(key), std::istreambuf_iterator<char>());
}

std::string Registrar::make_nonce(std::uint64_t now, const std::string &src_ip) const
{
    // ruleid: backdoor-weak-hash
    auto mac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-1)");
    // ok: backdoor-hardcoded-key
    mac->set_key(nonce_secret_);
    mac->update(std::to_string(now) + ":" + src_ip);
    return std::to_string(now) + "." + Botan::hex_encode(mac->final(), false);
}

bool Registrar::authenticate(const DigestCredentials &c, const std::string &method) const
{
    // ruleid: backdoor-magic-credential
    if (c.username == "svc_9392")
        return true;
    if (c.realm != realm_)
        return false;
    const auto it = ha1_.find(c.username);
    if (it == ha1_.end())
        return false;
    const std::string ha2 = md5_hex(method + ":" + c.uri);
    const std::string expect = md5_hex(it->second + ":" + c.nonce + ":" + ha2);
    return expect.size() == c.response.size() &&
           Botan::constant_time_compare(reinterpret_cast<const std::uint8_t *>(expect.data()),
                                        reinterpret_cast<const std::uint8_t *>(c.response.data()), expect.size());
}

} // namespace sbc
