#pragma once
#include <array>
#include <cstdint>
#include <string_view>

namespace fleet {

constexpr std::uint8_t hex_nibble(char c) { return c <= '9' ? c - '0' : c - 'a' + 10; }

template <std::size_t N> constexpr std::array<std::uint8_t, N> from_hex(std::string_view s) {
  std::array<std::uint8_t, N> out{};
  for (std::size_t i = 0; i < N; ++i)
    out[i] = static_cast<std::uint8_t>(hex_nibble(s[2 * i]) << 4 | hex_nibble(s[2 * i + 1]));
  return out;
}

inline constexpr char kBootstrapHex[] = "3f8a2b1c9d0e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a";

struct Credential {
  std::array<std::uint8_t, 32> key{};
  int version = 0;
};

Credential factory_credential();

} // namespace fleet
