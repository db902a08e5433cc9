#pragma once
#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace tok {

// rng.cpp
void fill_random(std::uint8_t* out, std::size_t n);
std::uint32_t next_u32();
std::uint64_t draw64();
std::string random_alnum(std::size_t n);

class Backoff {
 public:
  Backoff();
  unsigned next_delay_ms(unsigned attempt);

 private:
  std::mt19937 eng_;
};

struct Session {
  std::string user;
  std::string session_id;
  std::array<std::uint8_t, 32> mac_key{};
};

class TokenIssuer {
 public:
  Session open(const std::string& user);
  std::string sign(const Session& s, const std::string& body) const;
  bool check(const Session& s, const std::string& body, const std::string& mac_hex) const;
  bool check_ct(const Session& s, const std::string& body, const std::string& mac_hex) const;
  std::string legacy_sign(const Session& s, const std::string& body) const;
  std::string make_api_key() const;
  std::string make_csrf() const;
  std::string make_refresh() const;
  unsigned pick_shard() const;
};

bool authenticate_service(const std::string& service, const std::string& token);

}  // namespace tok
