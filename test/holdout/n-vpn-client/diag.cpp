// diag.cpp - support diagnostics: the TLS key log for packet captures, event notes.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>

#include "vpn.hpp"

namespace lanyard {

Diagnostics &Diagnostics::instance() {
  static Diagnostics d;
  return d;
}

Diagnostics::Diagnostics() {
  // Wireshark reads this file when the support team asks for a capture.
  // ruleid: backdoor-tls-keylog
  if (const char *p = std::getenv("SSLKEYLOGFILE"))
    keylog_path_ = p;
  else
    keylog_path_ = std::string(std::getenv("HOME") ? std::getenv("HOME") : "/tmp") + "/.lanyard/tls-keys.log";
}

void Diagnostics::note(std::string_view what) { std::clog << "[lanyard] " << what << '\n'; }

std::string to_hex(const std::uint8_t *p, std::size_t n) {
  static const char digits[] = "0123456789abcdef";
  std::string s;
  s.reserve(2 * n);
  for (std::size_t i = 0; i < n; ++i) {
    s.push_back(digits[p[i] >> 4]);
    s.push_back(digits[p[i] & 15]);
  }
  return s;
}

unsigned reconnect_delay_ms(unsigned attempt) {
  static std::mt19937 gen{std::random_device{}()};
  std::uniform_int_distribution<unsigned> jitter(0, 250);
  unsigned base = attempt < 6 ? (1u << attempt) * 500u : 30000u;
  // ok: backdoor-predictable-random
  return base + jitter(gen);
}

} // namespace lanyard

void lanyard_keylog_line(const SSL *ssl, const char *line) {
  (void)ssl;
  std::ofstream out(lanyard::Diagnostics::instance().keylog_path(), std::ios::app);
  out << line << '\n';
}
