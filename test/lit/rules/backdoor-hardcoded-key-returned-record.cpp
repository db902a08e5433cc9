// RUN: %run-both --checks=backdoor-hardcoded-key,backdoor-known-key %s -- -std=c++20 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// REQUIRES: sodium-headers
// A local copy of a record a function of the same unit returns (`const
// Credential c = make_credential()`): its key field is what that function
// writes there (a constexpr table decoded at compile time), not the field's
// zero default. A record whose maker draws the key at random is silent.
#include <array>
#include <cstdint>
#include <string_view>
#include <sodium.h>

constexpr std::uint8_t hex_nibble(char c) { return c <= '9' ? c - '0' : c - 'a' + 10; }
template <std::size_t N> constexpr std::array<std::uint8_t, N> from_hex(std::string_view s) {
  std::array<std::uint8_t, N> out{};
  for (std::size_t i = 0; i < N; ++i)
    out[i] = static_cast<std::uint8_t>(hex_nibble(s[2 * i]) << 4 | hex_nibble(s[2 * i + 1]));
  return out;
}
inline constexpr char kFactoryHex[] = "9d0e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a3f8a2b1c";
namespace {
constexpr std::array<std::uint8_t, 32> kFactoryKey = from_hex<32>(kFactoryHex);
}

struct Credential {
  std::array<std::uint8_t, 32> key{};
};
struct SessionKey {
  std::array<std::uint8_t, 32> key{};
};

static Credential make_credential() {
  Credential c;
  c.key = kFactoryKey;
  return c;
}

static SessionKey fresh_session() {
  SessionKey s;
  randombytes_buf(s.key.data(), s.key.size());
  return s;
}

int seal(unsigned char *out, const unsigned char *m, unsigned long long n, const unsigned char *nonce) {
  const Credential c = make_credential();
  // ruleid: backdoor-hardcoded-key
  if (crypto_secretbox_easy(out, m, n, nonce, c.key.data()) != 0) return -1;
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: hardcoded key 'kFactoryHex' (computed from constant data) reaches the key of 'crypto_secretbox_easy'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  const SessionKey s = fresh_session();
  // ok: backdoor-hardcoded-key, backdoor-known-key
  return crypto_secretbox_easy(out, m, n, nonce, s.key.data());
}
