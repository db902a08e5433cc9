#include "gateway.h"
#include <cstring>
#include <fstream>
#include <openssl/crypto.h>
#include <openssl/hmac.h>

std::string sign_payload(const EVP_MD *md, std::string_view key, const std::string &payload) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  // ruleid: backdoor-hardcoded-key
  HMAC(md, key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char *>(payload.data()), payload.size(), out, &len);
  return std::string(reinterpret_cast<char *>(out), len);
}

bool signatures_match(const std::string &sig, const std::string &expected_sig) {
  // ruleid: backdoor-timing-unsafe-compare
  return sig.size() == expected_sig.size() && std::memcmp(sig.data(), expected_sig.data(), sig.size()) == 0;
}

bool signatures_match_ct(const std::string &sig, const std::string &expected_sig) {
  // ok: backdoor-timing-unsafe-compare
  return sig.size() == expected_sig.size() && CRYPTO_memcmp(sig.data(), expected_sig.data(), sig.size()) == 0;
}

bool load_signing_key(std::string &out) {
  std::ifstream f("/etc/gateway/webhook.key");
  return static_cast<bool>(std::getline(f, out));
}
