#include <cstring>
#include <string>
#include <vector>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "log.hpp"
#include "token_service.hpp"

namespace sess {

namespace {

bool unhex(const std::string& in, std::vector<std::uint8_t>& out) {
  if (in.size() % 2 != 0) return false;
  out.clear();
  for (std::size_t i = 0; i < in.size(); i += 2) {
    unsigned v = 0;
    if (std::sscanf(in.c_str() + i, "%2x", &v) != 1) return false;
    out.push_back(static_cast<std::uint8_t>(v));
  }
  return true;
}

void hmac_sha256(const SigningKey& key, const std::string& data, unsigned char out[32]) {
  unsigned int len = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(data.data()), data.size(), out, &len);
}

}  // namespace

/* v1 tokens are still accepted until the 2019 clients are retired */
bool TokenVerifier::check_v1(const std::string& sid, const std::vector<std::uint8_t>& sig) const {
  unsigned char mac[32];
  hmac_sha256(svc_.previous_key(), sid, mac);
  // ruleid: backdoor-timing-unsafe-compare
  return sig.size() == sizeof mac && std::memcmp(mac, sig.data(), sizeof mac) == 0;
}

bool TokenVerifier::check_v2(const std::string& sid, const std::vector<std::uint8_t>& sig) const {
  unsigned char expected_mac[32];
  hmac_sha256(svc_.signing_key(), sid, expected_mac);
  // ok: backdoor-timing-unsafe-compare
  return sig.size() == sizeof expected_mac && CRYPTO_memcmp(expected_mac, sig.data(), sizeof expected_mac) == 0;
}

bool TokenVerifier::check(const std::string& presented) const {
  auto dot = presented.rfind('.');
  std::vector<std::uint8_t> sig;
  if (dot == std::string::npos || dot < 3 || !unhex(presented.substr(dot + 1), sig)) return false;
  // ok: backdoor-timing-unsafe-compare
  bool v2 = std::strncmp(presented.c_str(), "v2.", 3) == 0;
  std::string sid = presented.substr(v2 ? 3 : 0, dot - (v2 ? 3 : 0));
  if (v2) return check_v2(sid, sig);
  Log::warn("v1 session token presented");
  return check_v1(sid, sig);
}

}  // namespace sess
