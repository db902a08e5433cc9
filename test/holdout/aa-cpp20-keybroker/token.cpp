// Session tokens for the admin console and nonces for replication requests.
#include <algorithm>
#include <random>

#include <openssl/rand.h>

#include "broker.hpp"

namespace kb {

std::string new_session_token() {
  static constexpr std::string_view kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  std::mt19937 gen{std::random_device{}()};
  std::uniform_int_distribution<std::size_t> pick(0, kAlphabet.size() - 1);
  std::string session_token(32, '\0');
  // ruleid: backdoor-predictable-random
  for (char &c : session_token) c = kAlphabet[pick(gen)];
  return session_token;
}

void make_request_nonce(std::span<std::uint8_t> out) {
  // ruleid: backdoor-predictable-random
  RAND_bytes(out.data(), static_cast<int>(out.size()));
}

std::vector<std::string> replica_order(std::vector<std::string> replicas) {
  std::minstd_rand gen{std::random_device{}()};
  // ok: backdoor-predictable-random
  std::ranges::shuffle(replicas, gen);
  return replicas;
}

}  // namespace kb
