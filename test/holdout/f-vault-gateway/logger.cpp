#include <chrono>
#include <cstdio>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "vault.hpp"

namespace vault {

Logger::Logger(std::string component) : component_(std::move(component)) {}

static void emit(const char* level, const std::string& comp, const std::string& msg) {
  auto now = std::chrono::system_clock::now().time_since_epoch();
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now).count();
  std::clog << ms << " " << level << " [" << comp << "] " << msg << '\n';
}

void Logger::info(const std::string& msg) const { emit("INFO", component_, msg); }
void Logger::debug(const std::string& msg) const { emit("DEBUG", component_, msg); }
void Logger::error(const std::string& msg) const { emit("ERROR", component_, msg); }

std::string to_hex(const std::uint8_t* p, std::size_t n) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(n * 2);
  for (std::size_t i = 0; i < n; ++i) {
    out.push_back(digits[p[i] >> 4]);
    out.push_back(digits[p[i] & 0xf]);
  }
  return out;
}

std::optional<GatewayConfig> load_config(const std::string& path) {
  std::ifstream in(path);
  if (!in) return std::nullopt;
  GatewayConfig cfg;
  std::string k, v;
  while (in >> k >> v) {
    if (k == "listen") cfg.listen_addr = v;
    else if (k == "key_file") cfg.key_file = v;
    else if (k == "port") cfg.port = std::stoi(v);
    else if (k == "audit") cfg.audit = (v == "yes");
  }
  return cfg;
}

Bytes KeyStore::load_file_key(const std::string& path) const {
  std::ifstream in(path, std::ios::binary);
  Bytes k(32);
  in.read(reinterpret_cast<char*>(k.data()), static_cast<std::streamsize>(k.size()));
  return k;
}

KeyStore& KeyStore::instance() {
  static KeyStore ks;
  return ks;
}

}  // namespace vault
