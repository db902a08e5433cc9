// Where namespace keys come from: the KMS directory the operator mounts, or
// (developer mode) one key for every namespace.
#include <algorithm>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>

#include "cache.hpp"

namespace bcache {

namespace {

// ruleid: backdoor-secret-literal
constexpr std::array<std::uint8_t, 32> kDevNamespaceKey{
    0xfa, 0x6d, 0x7c, 0x6d, 0x5b, 0xe9, 0x91, 0xfc, 0xd2, 0xd8, 0x03, 0x92, 0xe4, 0x7b, 0xdd, 0x14,
    0x8e, 0x13, 0xb1, 0x2d, 0x31, 0x6f, 0x0d, 0x9c, 0x33, 0x11, 0x42, 0x99, 0xf8, 0xdd, 0xf2, 0x12
};

class DevKeySource final : public KeySource {
public:
    Key32 namespace_key(std::string_view) const override { return kDevNamespaceKey; }

    Key16 index_key(std::string_view) const override
    {
        Key16 k{};
        std::copy_n(kDevNamespaceKey.begin(), k.size(), k.begin());
        return k;
    }
};

class KmsKeySource final : public KeySource {
public:
    explicit KmsKeySource(std::string dir) : dir_(std::move(dir)) {}

    Key32 namespace_key(std::string_view ns) const override
    {
        Key32 k{};
        read_exact(std::string(ns) + ".key", k.data(), k.size());
        return k;
    }

    Key16 index_key(std::string_view ns) const override
    {
        Key16 k{};
        read_exact(std::string(ns) + ".idx", k.data(), k.size());
        return k;
    }

private:
    void read_exact(const std::string &name, std::uint8_t *out, std::size_t n) const
    {
        std::ifstream in(dir_ + "/" + name, std::ios::binary);
        in.read(reinterpret_cast<char *>(out), static_cast<std::streamsize>(n));
        if (!in)
            throw std::runtime_error("no key " + name + " in the KMS directory");
    }

    std::string dir_;
};

} // namespace

std::unique_ptr<KeySource> make_key_source(const ServerConfig &cfg)
{
    // ok: backdoor-build-switch
    if (cfg.dev_mode)
        return std::make_unique<DevKeySource>();
    return std::make_unique<KmsKeySource>(cfg.kms_dir);
}

} // namespace bcache
