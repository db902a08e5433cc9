#include <array>
#include <cstdint>
#include <optional>
#include <string>
namespace q {
using VaultKey = std::array<std::uint8_t, 32>;
bool derive_key(const std::string &pw, VaultKey &out);
std::string to_hex(const std::uint8_t *p, std::size_t n);
class Vault {
public:
  bool unlock(const std::string &pw);
  const std::optional<VaultKey> &key() const { return key_; }
private:
  std::optional<VaultKey> key_;
};
} // namespace q
