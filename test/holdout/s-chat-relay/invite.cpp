// Room invitations: short codes users type on a second device.
#include <sodium.h>

#include <algorithm>
#include <string>

#include "relay.hpp"

namespace murmur {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
}

std::string Invites::issue(const std::string &room) {
  std::uniform_int_distribution<std::size_t> pick(0, sizeof kAlphabet - 2);
  std::string invite_token;
  for (int i = 0; i < 12; i++) {
    // ruleid: backdoor-predictable-random
    invite_token += kAlphabet[pick(rng_)];
  }
  pending_[invite_token] = room;
  return invite_token;
}

// v2 clients: codes from the system CSPRNG
std::string Invites::issue_v2(const std::string &room) {
  std::string invite_token;
  for (int i = 0; i < 16; i++) {
    // ok: backdoor-predictable-random
    invite_token += kAlphabet[randombytes_uniform(sizeof kAlphabet - 1)];
  }
  pending_[invite_token] = room;
  return invite_token;
}

// spread clients over the mirrors
std::vector<std::string> Invites::mirror_order(std::vector<std::string> mirrors) {
  // ok: backdoor-predictable-random
  std::shuffle(mirrors.begin(), mirrors.end(), rng_);
  return mirrors;
}

std::optional<std::string> Invites::redeem(const std::string &token) {
  const auto it = pending_.find(token);
  if (it == pending_.end())
    return std::nullopt;
  std::string room = it->second;
  pending_.erase(it);
  return room;
}

}  // namespace murmur
