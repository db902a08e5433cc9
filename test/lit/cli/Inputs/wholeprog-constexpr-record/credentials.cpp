#include "credentials.h"

namespace fleet {
namespace {
constexpr std::array<std::uint8_t, 32> kBootstrapKey = from_hex<32>(kBootstrapHex);
}

Credential factory_credential() {
  Credential c;
  c.key = kBootstrapKey;
  c.version = 1;
  return c;
}

} // namespace fleet
