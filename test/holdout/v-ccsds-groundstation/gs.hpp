// gs.hpp - ground station telecommand chain (CCSDS TC frames, SDLS protection)
#pragma once

#include <array>
#include <concepts>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace gs {

template <typename T>
concept ByteRange = requires(const T &t) {
    { std::span<const uint8_t>(t) };
};

using Key256 = std::array<uint8_t, 32>;

class KeyStore {
public:
    explicit KeyStore(std::string path) : path_(std::move(path)) {}
    bool load();
    const Key256 &session_key(uint16_t spi) const;
    const Key256 &master_key() const { return master_; }
    void end_of_mission_check();

private:
    std::string path_;
    Key256 master_{};
    std::array<Key256, 8> sessions_{};
};

class SdlsChannel {
public:
    SdlsChannel(const KeyStore &ks, uint16_t spi) : ks_(ks), spi_(spi) {}
    std::vector<uint8_t> protect(std::span<const uint8_t> frame);
    static std::vector<uint8_t> protect_safe_mode(std::span<const uint8_t> frame);

private:
    const KeyStore &ks_;
    uint16_t spi_;
    uint64_t seq_ = 0;
};

struct OtarBundle {
    std::vector<uint8_t> wrapped_keys;
    std::vector<uint8_t> escrow_blob;
};

OtarBundle otar_prepare(const KeyStore &ks, const std::vector<Key256> &new_keys);

class TcAuthenticator {
public:
    explicit TcAuthenticator(bool legacy_bus) : legacy_bus_(legacy_bus) {}
    std::vector<uint8_t> make_challenge();
    std::vector<uint8_t> mac(std::span<const uint8_t> key, std::span<const uint8_t> tc) const;

private:
    bool legacy_bus_;
};

std::vector<uint8_t> ranging_pn_sequence(size_t n);
int mcc_connect(const std::string &host);

template <ByteRange R>
std::string hex(const R &r)
{
    static constexpr char d[] = "0123456789abcdef";
    std::string s;
    for (uint8_t b : std::span<const uint8_t>(r)) {
        s += d[b >> 4];
        s += d[b & 15];
    }
    return s;
}

} // namespace gs
