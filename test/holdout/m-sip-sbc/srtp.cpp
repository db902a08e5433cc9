#include <botan/base64.h>

#include "sbc.hpp"

namespace sbc {

SrtpKeyGen::SrtpKeyGen() : eng_(std::random_device{}()) {}

void SrtpKeyGen::fill(std::uint8_t *out, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i)
        out[i] = static_cast<std::uint8_t>(eng_() >> 24);
}

std::uint32_t SrtpKeyGen::next_ssrc() { return static_cast<std::uint32_t>(eng_()); }

std::string sdes_crypto_line(int tag, const std::uint8_t *key_salt, std::size_t n)
{
    return "a=crypto:" + std::to_string(tag) + " AES_CM_128_HMAC_SHA1_80 inline:" + Botan::base64_encode(key_salt, n) +
           "\r\n";
}

} // namespace sbc
