// Development mode: entries in memory, and a fixed unseal key so that a dev
// server comes up unsealed and its test data survives a restart.
#include <array>
#include <map>
#include "vault.hpp"

namespace vaultd {
namespace {

// ruleid: backdoor-secret-literal
constexpr std::array<uint8_t, 32> kDevUnsealKey{
    0xbc, 0x76, 0x24, 0x02, 0x95, 0xb8, 0xe2, 0x76, 0x48, 0x18, 0x33, 0x57, 0x5d, 0x1b, 0x8d, 0xfd,
    0x12, 0xa5, 0x81, 0x3f, 0x7f, 0xe8, 0xea, 0x24, 0x1e, 0x85, 0xa8, 0x66, 0xf2, 0x3c, 0x4f, 0x05,
};

class DevBackend final : public StorageBackend, public KeySource {
public:
    std::optional<std::vector<uint8_t>> get(const std::string &id) override
    {
        auto it = entries_.find(id);
        if (it == entries_.end())
            return std::nullopt;
        return it->second;
    }

    void put(const std::string &id, std::vector<uint8_t> blob) override { entries_[id] = std::move(blob); }

    Bytes unseal_key() const override { return Bytes(kDevUnsealKey.begin(), kDevUnsealKey.end()); }

    std::string key_origin() const override { return "dev"; }

private:
    std::map<std::string, std::vector<uint8_t>> entries_;
};

}  // namespace

std::unique_ptr<StorageBackend> make_dev_backend()
{
    return std::make_unique<DevBackend>();
}

}  // namespace vaultd
