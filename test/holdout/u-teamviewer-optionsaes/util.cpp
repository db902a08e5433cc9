#include <openssl/evp.h>

#include <cstdio>

#include "tv.hpp"

namespace tv {

std::string to_hex(const Bytes &b) {
  static const char digits[] = "0123456789abcdef";
  std::string s;
  s.reserve(b.size() * 2);
  for (std::uint8_t v : b) {
    s.push_back(digits[v >> 4]);
    s.push_back(digits[v & 15]);
  }
  return s;
}

Bytes from_hex(const std::string &s) {
  Bytes out;
  for (size_t i = 0; i + 1 < s.size(); i += 2) {
    unsigned v = 0;
    if (std::sscanf(s.c_str() + i, "%2x", &v) != 1)
      break;
    out.push_back(static_cast<std::uint8_t>(v));
  }
  return out;
}

Bytes sha256(const Bytes &b) {
  Bytes md(32);
  unsigned int n = 0;
  // ok: backdoor-weak-hash
  EVP_Digest(b.data(), b.size(), md.data(), &n, EVP_sha256(), nullptr);
  md.resize(n);
  return md;
}

}  // namespace tv
