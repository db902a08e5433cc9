// credentials.cpp - the production-line credential.
#include "credentials.h"

namespace tcu {
namespace {
constexpr Key32 kBootstrapKey = from_hex<32>(kBootstrapSecretHex);
}

BootstrapCredential factory_credential()
{
  BootstrapCredential c;
  c.key = kBootstrapKey;
  c.id = std::string(kFleetSecretId) + "/bootstrap";
  return c;
}

std::string to_hex(std::span<const std::uint8_t> bytes)
{
  static constexpr char digits[] = "0123456789abcdef";
  std::string s;
  s.reserve(bytes.size() * 2);
  for (std::uint8_t b : bytes) {
    s.push_back(digits[b >> 4]);
    s.push_back(digits[b & 15]);
  }
  return s;
}

} // namespace tcu
