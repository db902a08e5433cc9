// tokens.cpp - password reset tokens mailed to users
#include <algorithm>
#include <chrono>
#include <random>

#include "host.hpp"

namespace wikid {

struct ResetTokenIssuer::Engine {
  std::mt19937 gen;
  explicit Engine(unsigned seed) : gen(seed) {}
};

ResetTokenIssuer::ResetTokenIssuer()
    : alphabet_("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"),
      engine_(std::make_shared<Engine>(static_cast<unsigned>(std::chrono::system_clock::now().time_since_epoch().count())))
{
}

std::string ResetTokenIssuer::issue(const std::string &user)
{
  std::uniform_int_distribution<std::size_t> pick(0, alphabet_.size() - 1);
  std::string reset_token;
  reset_token.reserve(32);
  for (int i = 0; i < 32; ++i)
    // ruleid: backdoor-predictable-random
    reset_token += alphabet_[pick(engine_->gen)];
  ++issued_;
  (void)user;
  return reset_token;
}

unsigned ResetTokenIssuer::retry_delay_ms()
{
  std::uniform_int_distribution<unsigned> jitter(50, 250);
  // ok: backdoor-predictable-random
  unsigned delay = jitter(engine_->gen);
  return delay;
}

}  // namespace wikid
