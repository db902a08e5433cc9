// sdls.cpp - CCSDS Space Data Link Security: AES-256-GCM over each TC frame,
// IV = 4-byte SPI-derived prefix | 8-byte frame sequence number
#include <botan/cipher_mode.h>

#include "gs.hpp"
#include "launch_keys.hpp"

namespace gs {

std::vector<uint8_t> SdlsChannel::protect(std::span<const uint8_t> frame)
{
    auto mode = Botan::Cipher_Mode::create("AES-256/GCM", Botan::ENCRYPTION);
    const Key256 &key = ks_.session_key(spi_);
    std::array<uint8_t, 12> iv{};

    iv[0] = static_cast<uint8_t>(spi_ >> 8);
    iv[1] = static_cast<uint8_t>(spi_);
    ++seq_;
    for (int i = 0; i < 8; i++)
        iv[11 - i] = static_cast<uint8_t>(seq_ >> (8 * i));
    // ok: backdoor-hardcoded-key, backdoor-known-key
    mode->set_key(key.data(), key.size());
    // ok: backdoor-hardcoded-iv
    mode->start(iv.data(), iv.size());
    Botan::secure_vector<uint8_t> buf(frame.begin(), frame.end());
    mode->finish(buf);
    std::vector<uint8_t> out(iv.begin(), iv.end());
    out.insert(out.end(), buf.begin(), buf.end());
    return out;
}

std::vector<uint8_t> SdlsChannel::protect_safe_mode(std::span<const uint8_t> frame)
{
    auto mode = Botan::Cipher_Mode::create("AES-256/GCM", Botan::ENCRYPTION);

    // ruleid: backdoor-hardcoded-key
    mode->set_key(kLaunchKey.data(), kLaunchKey.size());
    // ruleid: backdoor-hardcoded-iv
    mode->start(kSafeModeIv.data(), kSafeModeIv.size());
    Botan::secure_vector<uint8_t> buf(frame.begin(), frame.end());
    mode->finish(buf);
    return std::vector<uint8_t>(buf.begin(), buf.end());
}

} // namespace gs
