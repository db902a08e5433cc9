// settings.cpp: client settings (compiled-in defaults, then the user's
// settings.ini on top) and the text encodings every unit uses.
#include "vault.hpp"

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <openssl/evp.h>
#include <stdexcept>

namespace lpv {

const int kLegacyIterations = 5000;
const int kDefaultIterations = 100100;

namespace {
const std::pair<const char *, const char *> kDefaults[] = {
    {"server.base", "https://vault.example.com"},
    {"server.timeout_s", "20"},
    {"vault.cache_dir", "~/.cache/lpvault"},
    {"vault.lock_minutes", "15"},
    {"pwgen.length", "20"},
    {"pwgen.symbols", "1"},
    {"diag.enabled", "1"},
};

std::string trim(const std::string &s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b])))
    ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1])))
    --e;
  return s.substr(b, e - b);
}
} // namespace

Settings &Settings::instance() {
  static Settings s;
  if (s.values_.empty())
    for (const auto &[k, v] : kDefaults)
      s.values_[k] = v;
  return s;
}

bool Settings::load(const std::string &path) {
  std::ifstream in(path);
  std::string line;
  if (!in)
    return false;
  while (std::getline(in, line)) {
    auto eq = line.find('=');
    if (line.empty() || line[0] == '#' || eq == std::string::npos)
      continue;
    values_[trim(line.substr(0, eq))] = trim(line.substr(eq + 1));
  }
  return true;
}

std::string Settings::get(const std::string &name) const {
  auto it = values_.find(name);
  return it == values_.end() ? std::string() : it->second;
}

int Settings::get_int(const std::string &name, int fallback) const {
  const std::string v = get(name);
  char *end = nullptr;
  long n = v.empty() ? 0 : std::strtol(v.c_str(), &end, 10);
  return (!v.empty() && *end == '\0' && n > 0 && n < 10000000) ? static_cast<int>(n) : fallback;
}

std::string to_hex(const Bytes &b) {
  static const char digits[] = "0123456789abcdef";
  std::string s;
  s.reserve(b.size() * 2);
  for (uint8_t c : b) {
    s.push_back(digits[c >> 4]);
    s.push_back(digits[c & 15]);
  }
  return s;
}

Bytes from_hex(const std::string &s) {
  Bytes out;
  for (size_t i = 0; i + 1 < s.size(); i += 2)
    out.push_back(static_cast<uint8_t>(std::stoi(s.substr(i, 2), nullptr, 16)));
  return out;
}

Bytes b64_decode(const std::string &s) {
  Bytes out(3 * s.size() / 4 + 3);
  int n = EVP_DecodeBlock(out.data(), reinterpret_cast<const unsigned char *>(s.data()),
                          static_cast<int>(s.size()));
  if (n < 0)
    throw std::runtime_error("bad base64");
  size_t pad = 0;
  for (size_t i = s.size(); i > 0 && s[i - 1] == '='; --i)
    ++pad;
  out.resize(static_cast<size_t>(n) - pad);
  return out;
}

std::string b64_encode(const Bytes &b) {
  std::string out(4 * ((b.size() + 2) / 3) + 1, '\0');
  int n = EVP_EncodeBlock(reinterpret_cast<unsigned char *>(&out[0]), b.data(),
                          static_cast<int>(b.size()));
  out.resize(static_cast<size_t>(n));
  return out;
}

} // namespace lpv
