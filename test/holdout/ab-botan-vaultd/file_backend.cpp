// Production backend: one file per entry under the data directory; the
// unseal key is read from a key file the operator provisions (tmpfs, HSM
// export, or a KMS-decrypted file written by the unit's ExecStartPre).
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include "vault.hpp"

namespace vaultd {
namespace {

class FileBackend final : public StorageBackend, public KeySource {
public:
    explicit FileBackend(std::filesystem::path dir) : dir_(std::move(dir)) {}

    std::optional<std::vector<uint8_t>> get(const std::string &id) override
    {
        std::ifstream in(dir_ / "data" / id, std::ios::binary);
        if (!in)
            return std::nullopt;
        return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }

    void put(const std::string &id, std::vector<uint8_t> blob) override
    {
        std::ofstream out(dir_ / "data" / id, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char *>(blob.data()), static_cast<std::streamsize>(blob.size()));
    }

    Bytes unseal_key() const override
    {
        std::ifstream in(dir_ / "unseal.key", std::ios::binary);
        Bytes key(32);
        if (!in.read(reinterpret_cast<char *>(key.data()), static_cast<std::streamsize>(key.size())))
            throw std::runtime_error("unseal key missing");
        return key;
    }

    std::string key_origin() const override { return (dir_ / "unseal.key").string(); }

private:
    std::filesystem::path dir_;
};

}  // namespace

std::unique_ptr<StorageBackend> make_file_backend(const std::string &dir)
{
    return std::make_unique<FileBackend>(dir);
}

}  // namespace vaultd
