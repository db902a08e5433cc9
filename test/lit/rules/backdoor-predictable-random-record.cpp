// RUN: %run-both --checks=backdoor-predictable-random %s -- -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A storage part of a secret-named record (Profanity's `seedPrivateKey.s[i]`
// of a `cl_ulong4`): the record's name says what the part holds. Quiet: a
// field with a meaning of its own (`keyConfig.retry_ms`), a storage part of
// a record without a secret name.
#include <cstdint>
#include <random>

struct ulong4 { std::uint64_t s[4]; };
struct key_config { unsigned retry_ms; };

ulong4 create_seed() {
  std::random_device rd;
  std::mt19937_64 eng(rd());
  std::uniform_int_distribution<std::uint64_t> distr;
  ulong4 seedPrivateKey;
  for (int i = 0; i < 4; ++i)
    seedPrivateKey.s[i] = distr(eng);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: output of 'uniform_int_distribution' becomes 'seedPrivateKey'; 32 bits of std::random_device output seed it, so the value can be recomputed by trying every seed [backdoor-predictable-random]
  return seedPrivateKey;
}

unsigned jitter(key_config &keyConfig, ulong4 &sample) {
  std::mt19937 eng(42);
  keyConfig.retry_ms = eng() % 1000;
  for (int i = 0; i < 4; ++i) sample.s[i] = eng();
  return keyConfig.retry_ms;
}

/* One flow, reported once: the id's characters, not again the copy returned. */
#include <string>
std::string make_session_token() {
  char sessionId[33];
  std::mt19937 eng(std::random_device{}());
  for (int i = 0; i < 32; ++i)
    sessionId[i] = "0123456789abcdef"[eng() % 16];
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: output of 'mersenne_twister_engine' becomes 'sessionId'; 32 bits of std::random_device output seed it, so the value can be recomputed by trying every seed [backdoor-predictable-random]
  sessionId[32] = '\0';
  std::string sid = std::string(sessionId);
  return sid;
}

/* A field filled from the engine and returned by a secret-named method:
   one flow, reported where the field is filled. */
struct LobbySession {
  std::string reconnect_token;
};
std::string make_reconnect_token(LobbySession &s, std::mt19937 &eng) {
  static const char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  std::uniform_int_distribution<std::size_t> pick(0, sizeof kAlphabet - 2);
  s.reconnect_token.clear();
  for (int i = 0; i < 24; i++)
    s.reconnect_token.push_back(kAlphabet[pick(eng)]);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: output of 'uniform_int_distribution' becomes 'reconnect_token'
  return s.reconnect_token;
}

/* A copy of a reported token into a map: the same flow. */
#include <ctime>
#include <map>
struct SlotRegistry {
  std::map<std::string, std::string> tokens_;
  std::mt19937 rng_{static_cast<unsigned>(time(nullptr))};
  std::string create_slot(const std::string &standby) {
    std::uniform_int_distribution<int> nibble(0, 15);
    std::string slot_token;
    for (int i = 0; i < 32; i++)
      slot_token += "0123456789abcdef"[nibble(rng_)];
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: output of 'uniform_int_distribution' becomes 'slot_token'
    tokens_[standby] = slot_token;
    return standby + ":" + slot_token;
  }
};
