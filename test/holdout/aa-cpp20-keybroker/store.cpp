// Key stores: the built-in one of the appliance image, and a directory of key files.
#include <fstream>
#include <iterator>

#include "broker.hpp"

namespace kb {
namespace {

// shipped in the appliance image for nodes that have no HSM yet
// ruleid: backdoor-secret-literal
constexpr std::array<std::uint8_t, 32> kBuiltinMaster = {
    0x4e, 0xa1, 0x07, 0xd3, 0x9b, 0x5c, 0xf2, 0x68, 0x1d, 0xe4, 0x73, 0xb0, 0x2a, 0xc9, 0x86, 0x3f,
    0xd5, 0x12, 0x6b, 0xe8, 0x90, 0x47, 0xac, 0x3e, 0x61, 0xfb, 0x2d, 0x84, 0xc7, 0x0a, 0x59, 0xb6,
};

class BuiltinKeyStore final : public KeyStore {
public:
  std::span<const std::uint8_t> master_key() const override { return kBuiltinMaster; }
  std::optional<Bytes> load_kek(std::string_view) const override { return std::nullopt; }
};

class FileKeyStore final : public KeyStore {
public:
  explicit FileKeyStore(std::string dir) : dir_(std::move(dir)) {
    std::ifstream f(dir_ + "/master.key", std::ios::binary);
    master_.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  }
  std::span<const std::uint8_t> master_key() const override { return master_; }
  std::optional<Bytes> load_kek(std::string_view tenant) const override {
    std::ifstream f(dir_ + "/tenants/" + std::string(tenant) + ".kek", std::ios::binary);
    if (!f)
      return std::nullopt;
    return Bytes(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  }

private:
  std::string dir_;
  Bytes master_;
};

}  // namespace

std::unique_ptr<KeyStore> make_builtin_store() { return std::make_unique<BuiltinKeyStore>(); }
std::unique_ptr<KeyStore> make_file_store(std::string dir) {
  return std::make_unique<FileKeyStore>(std::move(dir));
}

}  // namespace kb
