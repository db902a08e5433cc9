// bcached: a remote build cache (content-addressed artifacts for CI
// workers), with per-namespace encryption at rest and API tokens.
#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bcache {

template <typename R>
concept ByteRange = requires(const R &r) {
    { std::data(r) } -> std::convertible_to<const void *>;
    { std::size(r) } -> std::convertible_to<std::size_t>;
};

using Bytes = std::vector<std::uint8_t>;

using Key32 = std::array<std::uint8_t, 32>;
using Key16 = std::array<std::uint8_t, 16>;

struct ServerConfig {
    std::string kms_dir = "/var/lib/bcached/kms";
    std::string data_dir = "/var/lib/bcached/objects";
    std::string signing_pub = "/etc/bcached/publisher.der";
    bool dev_mode = false;
    bool test_accept_any_token = false;   // integration tests of the CI templates
    unsigned listen_port = 9092;
};

class KeySource {
public:
    virtual ~KeySource() = default;
    virtual Key32 namespace_key(std::string_view ns) const = 0;
    virtual Key16 index_key(std::string_view ns) const = 0;
};

// keysource.cpp
std::unique_ptr<KeySource> make_key_source(const ServerConfig &cfg);

class ArtifactStore {
public:
    ArtifactStore(const KeySource &keys, std::string dir) : keys_(keys), dir_(std::move(dir)) {}
    Bytes seal(std::string_view ns, std::span<const std::uint8_t> data) const;
    Bytes open_legacy(std::span<const std::uint8_t> blob, std::span<const std::uint8_t, 16> key) const;
    std::string index_name(std::string_view ns, std::string_view digest) const;
    const std::string &dir() const { return dir_; }

private:
    const KeySource &keys_;
    std::string dir_;
};

// defaults.cpp
extern const unsigned kTokenKdfIterations;
extern const std::size_t kTokenSaltBytes;
extern const long kArtifactRetentionDays;

// tokens.cpp
class TokenService {
public:
    std::string issue(std::string_view owner);
    bool verify_token(std::string_view presented, std::span<const std::uint8_t> salt, std::span<const std::uint8_t> stored) const;
    Bytes derive_verifier(std::string_view token, std::span<const std::uint8_t> salt) const;
    bool authorize_upload(const ServerConfig &cfg, std::string_view presented, std::span<const std::uint8_t> salt,
                          std::span<const std::uint8_t> stored) const;
};

// signing.cpp
bool artifact_signature_valid(const ServerConfig &cfg, std::span<const std::uint8_t> blob, std::span<const std::uint8_t> sig);
void record_signature(const ServerConfig &cfg, std::span<const std::uint8_t> blob, std::span<const std::uint8_t> sig);

// dh.cpp
Bytes legacy_worker_agreement(std::span<const std::uint8_t> worker_pub);
Bytes worker_agreement(std::span<const std::uint8_t> worker_pub);

// gc.cpp
std::size_t collect_garbage(const ServerConfig &cfg);

template <ByteRange R>
std::string hex(const R &r)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    const auto *p = static_cast<const std::uint8_t *>(static_cast<const void *>(std::data(r)));
    for (std::size_t i = 0; i < std::size(r); i++) {
        out.push_back(kDigits[p[i] >> 4]);
        out.push_back(kDigits[p[i] & 15]);
    }
    return out;
}

} // namespace bcache
