// Local snapshots of the ledger state, sealed so that a stolen disk does not show balances.
#include "ledger.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <functional>
#include <openssl/evp.h>
#include <random>

namespace ledger {
namespace {

// Stored masked so that `strings` on the binary does not show it.
constexpr std::array<std::uint8_t, 16> kSnapObf = {0xaf, 0x4c, 0x36, 0x78, 0xca, 0x6b, 0xcf, 0x10, 0x9a, 0xad, 0x9e, 0x97, 0x41, 0xb3, 0xd8, 0x84};

} // namespace

Snapshotter::Snapshotter(std::string dir) : dir_(std::move(dir)) {}

bool Snapshotter::seal(std::span<const std::uint8_t> state, Bytes &out) const {
  std::array<std::uint8_t, 16> key{};
  std::array<std::uint8_t, 16> iv{};
  std::mt19937 gen(static_cast<std::uint32_t>(std::chrono::steady_clock::now().time_since_epoch().count()));

  std::transform(kSnapObf.begin(), kSnapObf.end(), key.begin(), [](std::uint8_t b) { return static_cast<std::uint8_t>(b ^ 0x5c); });
  std::generate(iv.begin(), iv.end(), [&gen] { return static_cast<std::uint8_t>(gen()); });

  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  if (ctx == nullptr)
    return false;
  out.assign(iv.begin(), iv.end());
  out.resize(iv.size() + state.size() + 16);
  int len = 0, fin = 0;
  // ruleid: backdoor-hardcoded-key, backdoor-predictable-random
  bool ok = EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), nullptr, key.data(), iv.data()) == 1;
  ok = ok && EVP_EncryptUpdate(ctx, out.data() + iv.size(), &len, state.data(), static_cast<int>(state.size())) == 1;
  ok = ok && EVP_EncryptFinal_ex(ctx, out.data() + iv.size() + len, &fin) == 1;
  EVP_CIPHER_CTX_free(ctx);
  out.resize(iv.size() + static_cast<std::size_t>(len + fin));
  return ok;
}

} // namespace ledger
