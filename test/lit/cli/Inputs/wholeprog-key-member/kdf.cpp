#include <sodium.h>
#include "vault.h"
namespace q {
bool derive_key(const std::string &pw, VaultKey &out) {
  static const unsigned char salt[16] = {0x5b, 0xe1, 0xf0, 0xe7};
  return crypto_pwhash(out.data(), out.size(), pw.data(), pw.size(), salt, 3, 1 << 26,
                       crypto_pwhash_ALG_ARGON2ID13) == 0;
}
std::string to_hex(const std::uint8_t *p, std::size_t n) {
  static const char digits[] = "0123456789abcdef";
  std::string s;
  for (std::size_t i = 0; i < n; ++i) {
    s += digits[p[i] >> 4];
    s += digits[p[i] & 15];
  }
  return s;
}
} // namespace q
