// RUN: %run-both --checks=backdoor-key-exfiltration %s -- -std=c++20 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// C++20 shapes (libstdc++, not a mock): a helper that fills a std::span of
// the caller's key (the span is a view: what the helper writes lands in the
// caller's array), and the project's variadic template logger, whose pack is
// formatted through recursive helpers into a stream (a C logger's `...`).
// Quiet: a span helper that fills a nonce, a const span, the logger handed a
// key's fingerprint.
#include <array>
#include <cstdint>
#include <cstdio>
#include <span>
#include <sstream>
#include <string>
#include <string_view>

extern "C" int RAND_bytes(unsigned char *buf, int num);
extern "C" unsigned char *SHA256(const unsigned char *d, size_t n, unsigned char *md);

namespace logx {
void emit(int level, const std::string &line);
namespace detail {
inline void format_into(std::ostringstream &os, std::string_view fmt) { os << fmt; }
template <class T, class... Rest>
void format_into(std::ostringstream &os, std::string_view fmt, const T &v, const Rest &...rest) {
  auto pos = fmt.find("{}");
  if (pos == std::string_view::npos) {
    os << fmt;
    return;
  }
  os << fmt.substr(0, pos) << v;
  format_into(os, fmt.substr(pos + 2), rest...);
}
} // namespace detail
template <class... A> void log(int level, std::string_view fmt, const A &...args) {
  std::ostringstream os;
  detail::format_into(os, fmt, args...);
  emit(level, os.str());
}
template <class... A> void debug(std::string_view fmt, const A &...args) { log(0, fmt, args...); }
} // namespace logx

static bool fill_random(std::span<std::uint8_t> out) {
  return RAND_bytes(out.data(), static_cast<int>(out.size())) == 1;
}

static std::string to_hex(std::span<const std::uint8_t> b) {
  static const char digits[] = "0123456789abcdef";
  std::string s;
  for (std::uint8_t x : b) {
    s += digits[x >> 4];
    s += digits[x & 15];
  }
  return s;
}

struct Session {
  std::array<std::uint8_t, 32> key_{};
  std::array<std::uint8_t, 12> nonce_{};
  int epoch_ = 0;

  bool rekey() {
    if (!fill_random(key_) || !fill_random(nonce_)) return false;
    ++epoch_;
    fwrite(key_.data(), 1, key_.size(), stderr);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: key material 'key_' (a random key from 'RAND_bytes') is written to a log by 'fwrite'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
    logx::debug("rekey epoch={} key={}", epoch_, to_hex(key_));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: key material 'to_hex' (a random key 'key_' from 'RAND_bytes') is written to a log by 'debug'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
    // ok: a nonce is no key
    fwrite(nonce_.data(), 1, nonce_.size(), stderr);
    // ok: the key's fingerprint
    std::uint8_t id[32];
    SHA256(key_.data(), key_.size(), id);
    logx::debug("rekey epoch={} key_id={}", epoch_, to_hex(std::span(id).first(8)));
    return true;
  }
};

/* A helper that only reads what the span shows. */
static void count_zero(std::span<const std::uint8_t> in, int *zeros) {
  for (std::uint8_t b : in) *zeros += b == 0;
}

int check_key() {
  std::array<std::uint8_t, 32> key{};
  int zeros = 0;
  count_zero(key, &zeros);
  // ok: the array is all zeros, not key material
  fwrite(key.data(), 1, key.size(), stderr);
  return zeros;
}

/* A key copied into one arm of a conditional destination (the direction
   chooses the buffer): either arm may hold it. */
extern "C" void *memcpy(void *d, const void *s, size_t n);
struct link_keys { std::uint8_t tx[16], rx[16]; };

void split_keys(int me_first) {
  std::uint8_t key_block[32];
  if (RAND_bytes(key_block, sizeof key_block) != 1) return;
  link_keys keys;
  memcpy(me_first ? keys.tx : keys.rx, key_block, 16);
  memcpy(me_first ? keys.rx : keys.tx, key_block + 16, 16);
  fwrite(keys.tx, 1, sizeof keys.tx, stderr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'tx' (a random key 'key_block' from 'RAND_bytes') is written to a log by 'fwrite'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
}
