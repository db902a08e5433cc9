#include "vault.h"
namespace q {
bool Vault::unlock(const std::string &pw) {
  VaultKey k{};
  if (!derive_key(pw, k))
    return false;
  key_ = k;
  return true;
}
} // namespace q
