// key = value settings file.
#include <cstdlib>
#include <fstream>
#include <iterator>

#include "bridge.hpp"

namespace fhirb {

bool Settings::load(const std::string &path) {
  std::ifstream in(path);
  std::string line;
  if (!in)
    return false;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#')
      continue;
    const auto eq = line.find('=');
    if (eq == std::string::npos)
      continue;
    kv_[line.substr(0, eq)] = line.substr(eq + 1);
  }
  return true;
}

std::string Settings::get_or(const std::string &key, const std::string &def) const {
  const auto it = kv_.find(key);
  return it != kv_.end() ? it->second : def;
}

bool Settings::get_bool(const std::string &key, bool def) const {
  const auto it = kv_.find(key);
  if (it == kv_.end())
    return def;
  return it->second == "1" || it->second == "true" || it->second == "yes";
}

long Settings::get_long(const std::string &key, long def) const {
  const auto it = kv_.find(key);
  return it == kv_.end() ? def : std::strtol(it->second.c_str(), nullptr, 10);
}

std::string hex(const Bytes &b) {
  static const char d[] = "0123456789abcdef";
  std::string s;
  for (auto v : b) {
    s += d[v >> 4];
    s += d[v & 15];
  }
  return s;
}

Bytes read_file(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace fhirb
