#include <cstring>
#include <fstream>
#include <sstream>

#include <openssl/crypto.h>
#include <openssl/hmac.h>

#include "stb.hpp"

namespace stb {

namespace {

Bytes unhex(std::string_view h)
{
    Bytes out;
    for (std::size_t i = 0; i + 1 < h.size(); i += 2)
        out.push_back(static_cast<std::uint8_t>(std::stoul(std::string(h.substr(i, 2)), nullptr, 16)));
    return out;
}

} // namespace

// licence file: key=value lines, body = everything before "sig="
std::optional<License> parse_license(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        return std::nullopt;
    License lic;
    std::string line, body;
    while (std::getline(in, line)) {
        auto eq = line.find('=');
        if (eq == std::string::npos)
            continue;
        const std::string key = line.substr(0, eq), value = line.substr(eq + 1);
        if (key == "sig") {
            lic.signature = unhex(value);
            continue;
        }
        if (key == "mac") {
            Bytes m = unhex(value);
            if (m.size() == lic.mac.size())
                std::copy(m.begin(), m.end(), lic.mac.begin());
            continue;
        }
        body += line + '\n';
        if (key == "serial")
            lic.serial = value;
        else if (key == "channels")
            lic.channels = value;
        else if (key == "not_after")
            lic.not_after = static_cast<std::time_t>(std::stoll(value));
    }
    lic.body.assign(body.begin(), body.end());
    return lic;
}

bool check_license(const License &lic, EVP_PKEY *operator_key, const std::uint8_t box_key[32])
{
    // boxes on the QA lab's bench run unsigned test licences
    // ruleid: backdoor-hidden-bypass
    // ok: backdoor-input-trigger
    if (lic.serial.rfind("QA-LAB-", 0) == 0)
        return true;

    // ok: backdoor-time-bomb
    if (std::time(nullptr) > lic.not_after)
        return false;

    unsigned char expected_mac[32];
    unsigned mlen = 0;
    if (!HMAC(EVP_sha256(), box_key, 32, lic.body.data(), lic.body.size(), expected_mac, &mlen))
        return false;
    // ruleid: backdoor-timing-unsafe-compare
    if (std::memcmp(lic.mac.data(), expected_mac, sizeof expected_mac) != 0)
        return false;

    EVP_MD_CTX *md = EVP_MD_CTX_new();
    bool ok = md && EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, operator_key) == 1 &&
              // ok: backdoor-unchecked-verification
              EVP_DigestVerify(md, lic.signature.data(), lic.signature.size(), lic.body.data(),
                               lic.body.size()) == 1;
    EVP_MD_CTX_free(md);
    return ok;
}

} // namespace stb
