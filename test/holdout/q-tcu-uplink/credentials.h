// credentials.h - the credential a unit enrolls with before it has its own.
#pragma once

#include "tcu.h"

#include <stdexcept>

namespace tcu {

constexpr std::uint8_t hex_nibble(char c)
{
  return c >= '0' && c <= '9'   ? static_cast<std::uint8_t>(c - '0')
         : c >= 'a' && c <= 'f' ? static_cast<std::uint8_t>(c - 'a' + 10)
         : c >= 'A' && c <= 'F' ? static_cast<std::uint8_t>(c - 'A' + 10)
                                : throw std::invalid_argument("hex");
}

template <std::size_t N> constexpr std::array<std::uint8_t, N> from_hex(std::string_view s)
{
  std::array<std::uint8_t, N> out{};
  for (std::size_t i = 0; i < N; ++i) {
    out[i] = static_cast<std::uint8_t>(hex_nibble(s[2 * i]) << 4 | hex_nibble(s[2 * i + 1]));
  }
  return out;
}

// shared by every unit of the production line until enrollment succeeds
// ruleid: backdoor-secret-literal
inline constexpr std::string_view kBootstrapSecretHex = "1a0c274096b67d6340a085bf579c2c1bbd7a60bfd22e4bfd68e25703cee05647";

// the fleet's tenant identifier, printed on the enrollment certificate
// ok: backdoor-secret-literal
inline constexpr std::string_view kFleetSecretId = "7c0e2a91-5b3d-4f68-9a2e-0d41c6b8e573";

struct BootstrapCredential {
  Key32 key{};
  std::string id;
};

BootstrapCredential factory_credential();

} // namespace tcu
