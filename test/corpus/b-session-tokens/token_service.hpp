#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "id_gen.hpp"

namespace sess {

struct SessionRecord {
  std::string user;
  std::chrono::system_clock::time_point expires;
  std::array<std::uint8_t, 24> refresh;
};

using SigningKey = std::array<std::uint8_t, 32>;

class TokenService {
 public:
  TokenService();
  std::string issue(const std::string& user);
  void rotate_signing_key();
  const SigningKey& signing_key() const { return signing_key_; }
  const SigningKey& previous_key() const { return previous_key_; }

 private:
  std::vector<std::uint8_t> sign(const std::string& sid) const;

  IdGenerator ids_;
  SigningKey signing_key_;
  SigningKey previous_key_;
  std::map<std::string, SessionRecord> sessions_;
  std::mutex mu_;
  unsigned generation_ = 0;
};

class TokenVerifier {
 public:
  explicit TokenVerifier(const TokenService& svc) : svc_(svc) {}
  bool check_v1(const std::string& sid, const std::vector<std::uint8_t>& sig) const;
  bool check_v2(const std::string& sid, const std::vector<std::uint8_t>& sig) const;
  bool check(const std::string& token) const;

 private:
  const TokenService& svc_;
};

}  // namespace sess
