#include "token_service.hpp"

#include <iomanip>
#include <sstream>
#include <stdexcept>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include "log.hpp"

namespace sess {

namespace {

template <typename Bytes>
std::string hex(const Bytes& b) {
  std::ostringstream os;
  os << std::hex << std::setfill('0');
  for (auto v : b) os << std::setw(2) << static_cast<unsigned>(static_cast<std::uint8_t>(v));
  return os.str();
}

std::string short_hash(const std::string& s) {
  std::array<unsigned char, SHA256_DIGEST_LENGTH> d{};
  SHA256(reinterpret_cast<const unsigned char*>(s.data()), s.size(), d.data());
  return hex(d).substr(0, 12);
}

}  // namespace

TokenService::TokenService() {
  // ok: backdoor-predictable-random
  if (RAND_bytes(signing_key_.data(), static_cast<int>(signing_key_.size())) != 1)
    throw std::runtime_error("cannot initialise signing key");
}

void TokenService::rotate_signing_key() {
  std::lock_guard<std::mutex> lk(mu_);
  previous_key_ = signing_key_;
  // ok: backdoor-predictable-random
  if (RAND_bytes(signing_key_.data(), static_cast<int>(signing_key_.size())) != 1)
    throw std::runtime_error("cannot rotate signing key");
  ++generation_;
  // ruleid: backdoor-key-exfiltration
  Log::debug("signing key generation " + std::to_string(generation_) + " = " + hex(signing_key_));
}

std::vector<std::uint8_t> TokenService::sign(const std::string& sid) const {
  std::vector<std::uint8_t> mac(EVP_MAX_MD_SIZE);
  unsigned int len = 0;
  HMAC(EVP_sha256(), signing_key_.data(), static_cast<int>(signing_key_.size()),
       reinterpret_cast<const unsigned char*>(sid.data()), sid.size(), mac.data(), &len);
  mac.resize(len);
  return mac;
}

std::string TokenService::issue(const std::string& user) {
  std::string sid = ids_.new_session_id();
  SessionRecord rec{user,
                    std::chrono::system_clock::now() + std::chrono::hours(8) +
                        std::chrono::seconds(ids_.ttl_jitter_seconds()),
                    ids_.new_refresh_token()};
  std::string token = "v2." + sid + "." + hex(sign(sid));
  {
    std::lock_guard<std::mutex> lk(mu_);
    sessions_[sid] = rec;
  }
  // ok: backdoor-key-exfiltration
  Log::info("issued session " + short_hash(sid) + " for " + user);
  return token;
}

}  // namespace sess
