#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <random>
#include <string>

namespace sess {

class IdGenerator {
 public:
  IdGenerator();

  std::string new_session_id();
  std::array<std::uint8_t, 24> new_refresh_token();

  template <typename It>
  void shuffle_backends(It first, It last) {
    std::shuffle(first, last, engine_);
  }
  int ttl_jitter_seconds();

 private:
  std::mt19937_64 engine_;
  std::minstd_rand legacy_;
};

}  // namespace sess
