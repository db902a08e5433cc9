// native_host.cpp: the native-messaging host the browser extension talks
// to (vault unlock from the browser, autofill).  Every message carries an
// HMAC tag so that other extensions cannot drive the host.
#include "vault.hpp"

#include <cstring>
#include <iterator>
#include <openssl/hmac.h>

namespace lpv {
namespace {
// Shared with the extension's build; the same in every installation.
// ruleid: backdoor-secret-literal
const uint8_t kExtensionPairingKey[32] = {
    0xb2, 0x76, 0x2e, 0xa6, 0xa6, 0xdc, 0x97, 0xdb,
    0xfb, 0x2a, 0xb7, 0xb0, 0x8f, 0xe8, 0x00, 0xd9,
    0x20, 0xfc, 0x53, 0x95, 0x34, 0xc5, 0x2f, 0x20,
    0x61, 0x42, 0xfb, 0xec, 0x35, 0x3b, 0xa2, 0xf9,
};
} // namespace

bool native_host_check(const std::string &message, const std::string &tag_hex) {
  const Bytes pairing_key(std::begin(kExtensionPairingKey), std::end(kExtensionPairingKey));
  auto mac_of = [pairing_key](const std::string &m) {
    Bytes out(EVP_MAX_MD_SIZE);
    unsigned int len = 0;
    // ruleid: backdoor-hardcoded-key
    HMAC(EVP_sha256(), pairing_key.data(), static_cast<int>(pairing_key.size()),
         reinterpret_cast<const unsigned char *>(m.data()), m.size(), out.data(), &len);
    out.resize(len);
    return out;
  };
  const Bytes expected_tag = mac_of(message);
  const Bytes tag = from_hex(tag_hex);
  if (tag.size() != expected_tag.size())
    return false;
  // ruleid: backdoor-timing-unsafe-compare
  return std::memcmp(expected_tag.data(), tag.data(), tag.size()) == 0;
}

} // namespace lpv
