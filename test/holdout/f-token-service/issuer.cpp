#include <cstring>
#include <algorithm>
#include <stdexcept>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "tokens.hpp"

namespace tok {

static std::string hex(const unsigned char* p, std::size_t n) {
  static const char* d = "0123456789abcdef";
  std::string s;
  for (std::size_t i = 0; i < n; ++i) {
    s += d[p[i] >> 4];
    s += d[p[i] & 15];
  }
  return s;
}

static std::vector<unsigned char> unhex(const std::string& h) {
  std::vector<unsigned char> out;
  for (std::size_t i = 0; i + 1 < h.size(); i += 2) out.push_back(static_cast<unsigned char>(std::stoi(h.substr(i, 2), nullptr, 16)));
  return out;
}

Session TokenIssuer::open(const std::string& user) {
  Session s;
  s.user = user;
  fill_random(s.mac_key.data(), s.mac_key.size());
  // ruleid: backdoor-predictable-random
  s.session_id = random_alnum(32);
  return s;
}

std::string TokenIssuer::sign(const Session& s, const std::string& body) const {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  // ok: backdoor-weak-hash
  // ruleid: backdoor-predictable-random
  HMAC(EVP_sha256(), s.mac_key.data(), static_cast<int>(s.mac_key.size()), reinterpret_cast<const unsigned char*>(body.data()), body.size(), mac, &len);
  return hex(mac, len);
}

std::string TokenIssuer::legacy_sign(const Session& s, const std::string& body) const {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  // ruleid: backdoor-weak-hash, backdoor-predictable-random
  HMAC(EVP_sha1(), s.mac_key.data(), static_cast<int>(s.mac_key.size()), reinterpret_cast<const unsigned char*>(body.data()), body.size(), mac, &len);
  return hex(mac, len);
}

bool TokenIssuer::check(const Session& s, const std::string& body, const std::string& mac_hex) const {
  std::vector<unsigned char> expected_mac = unhex(sign(s, body));
  std::vector<unsigned char> received_tag = unhex(mac_hex);
  if (expected_mac.size() != received_tag.size()) return false;
  // ruleid: backdoor-timing-unsafe-compare
  return std::memcmp(expected_mac.data(), received_tag.data(), expected_mac.size()) == 0;
}

bool TokenIssuer::check_ct(const Session& s, const std::string& body, const std::string& mac_hex) const {
  std::vector<unsigned char> expected_mac = unhex(sign(s, body));
  std::vector<unsigned char> received_tag = unhex(mac_hex);
  if (expected_mac.size() != received_tag.size()) return false;
  // ok: backdoor-timing-unsafe-compare
  return CRYPTO_memcmp(expected_mac.data(), received_tag.data(), expected_mac.size()) == 0;
}

std::string TokenIssuer::make_api_key() const {
  unsigned char api_key[24];
  // ruleid: backdoor-predictable-random
  RAND_bytes(api_key, sizeof api_key);
  return hex(api_key, sizeof api_key);
}

std::string TokenIssuer::make_csrf() const {
  unsigned char csrf_token[16];
  // ok: backdoor-predictable-random
  if (RAND_bytes(csrf_token, sizeof csrf_token) != 1) throw std::runtime_error("rng");
  return hex(csrf_token, sizeof csrf_token);
}

std::string TokenIssuer::make_refresh() const {
  // ruleid: backdoor-predictable-random
  std::uint64_t refresh_token = draw64();
  return hex(reinterpret_cast<const unsigned char*>(&refresh_token), sizeof refresh_token);
}

unsigned TokenIssuer::pick_shard() const {
  // ok: backdoor-predictable-random
  std::uint64_t shard = draw64() % 16;
  return static_cast<unsigned>(shard);
}

}  // namespace tok
