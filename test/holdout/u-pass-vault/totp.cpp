// One-time codes of the entries that carry a TOTP secret (RFC 6238 defaults).
#include <gcrypt.h>

#include "vault.hpp"

namespace kr {

int totp_now(const std::string &secret, std::uint64_t unix_time) {
  unsigned char counter[8];
  std::uint64_t step = unix_time / 30;
  for (int i = 7; i >= 0; --i) {
    counter[i] = static_cast<unsigned char>(step & 0xff);
    step >>= 8;
  }
  gcry_md_hd_t h;
  // ruleid: backdoor-weak-hash
  if (gcry_md_open(&h, GCRY_MD_SHA1, GCRY_MD_FLAG_HMAC) != 0)
    return -1;
  // ok: backdoor-hardcoded-key
  if (gcry_md_setkey(h, secret.data(), secret.size()) != 0) {
    gcry_md_close(h);
    return -1;
  }
  gcry_md_write(h, counter, sizeof counter);
  const unsigned char *mac = gcry_md_read(h, GCRY_MD_SHA1);
  const int off = mac[19] & 0x0f;
  const std::uint32_t bin = (static_cast<std::uint32_t>(mac[off] & 0x7f) << 24) | (static_cast<std::uint32_t>(mac[off + 1]) << 16) | (static_cast<std::uint32_t>(mac[off + 2]) << 8) | mac[off + 3];
  gcry_md_close(h);
  return static_cast<int>(bin % 1000000);
}

}  // namespace kr
