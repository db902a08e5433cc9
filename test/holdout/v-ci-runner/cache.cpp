// cache.cpp - distributed cache on an S3-compatible store (signature version 2,
// which the store of the self-hosted installations still requires)
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "runner.hpp"

namespace runner {

std::string cache_sign_v2(const Config &cfg, const std::string &string_to_sign)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int maclen = 0;
    unsigned char b64[64];

    // ruleid: backdoor-weak-hash
    // ok: backdoor-hardcoded-key
    HMAC(EVP_sha1(), cfg.cache_secret_key.data(), static_cast<int>(cfg.cache_secret_key.size()), reinterpret_cast<const unsigned char *>(string_to_sign.data()), string_to_sign.size(), mac, &maclen);
    EVP_EncodeBlock(b64, mac, static_cast<int>(maclen));
    return "AWS " + cfg.cache_access_key + ":" + reinterpret_cast<char *>(b64);
}

std::string cache_sign_v4_key(const Config &cfg, const std::string &date)
{
    unsigned char k[EVP_MAX_MD_SIZE];
    unsigned int klen = 0;
    const std::string secret = "AWS4" + cfg.cache_secret_key;

    // ok: backdoor-weak-hash, backdoor-hardcoded-key
    HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()), reinterpret_cast<const unsigned char *>(date.data()), date.size(), k, &klen);
    return to_hex(k, klen);
}

} // namespace runner
