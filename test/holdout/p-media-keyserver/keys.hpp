// keys.hpp - key identifiers, content keys and the key sources of the
// packaging and license service.
#pragma once

#include <array>
#include <cstdint>
#include <fstream>
#include <memory>
#include <span>
#include <string>
#include <string_view>

namespace ks {

using Key128 = std::array<std::uint8_t, 16>;

inline std::string hex(std::span<const std::uint8_t> bytes)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (std::uint8_t b : bytes) {
        out.push_back(digits[b >> 4]);
        out.push_back(digits[b & 0x0f]);
    }
    return out;
}

struct KeyId {
    Key128 bytes{};
    std::string str() const { return hex(bytes); }
};

struct ContentKey {
    KeyId kid;
    Key128 key{};
};

// Keys of one track, copied into every Track the packager writes.
struct TrackKeys {
    struct Cenc {
        Key128 key{};
        Key128 iv{};
    } cenc;
    KeyId kid;
    std::uint32_t crypt_byte_block = 1;
    std::uint32_t skip_byte_block = 9;
};

enum class Scheme { Cenc, Cbcs };

// Append-only journal of key events (journal.cpp).
class Journal {
public:
    explicit Journal(const std::string& path);
    void append(std::string_view event, std::string_view detail);

private:
    std::ofstream out_;
};

class KeySource {
public:
    virtual ~KeySource() = default;
    virtual std::string name() const = 0;
    virtual ContentKey content_key(std::string_view asset, std::string_view track) = 0;
};

KeyId derive_kid(std::string_view asset, std::string_view track);

std::unique_ptr<KeySource> make_demo_source();
std::unique_ptr<KeySource> make_hsm_source(Journal& journal, unsigned rotate_every);

}  // namespace ks
