// global.conf reader and writer.
#include <fstream>
#include <sstream>

#include "tv.hpp"

namespace tv {

bool SettingsStore::load(const std::string &path) {
  std::ifstream in(path);
  if (!in)
    return false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.size() < 10 || line[0] != '[')
      continue;
    const std::string type = line.substr(1, 5);
    const auto eq = line.find(" = ");
    if (eq == std::string::npos)
      continue;
    const std::string name = line.substr(8, eq - 8);
    const std::string value = line.substr(eq + 3);
    if (type == "bin  ") {
      Bytes b;
      std::istringstream hex(value);
      std::string byte;
      while (hex >> byte)
        b.push_back(static_cast<std::uint8_t>(std::stoul(byte, nullptr, 16)));
      bin_[name] = std::move(b);
    } else if (type == "int32") {
      int_[name] = std::stoi(value);
    } else if (type == "strng") {
      str_[name] = value.size() >= 2 ? value.substr(1, value.size() - 2) : value;
    }
  }
  return true;
}

bool SettingsStore::save(const std::string &path) const {
  std::ofstream out(path, std::ios::trunc);
  if (!out)
    return false;
  for (const auto &[name, v] : int_)
    out << "[int32] " << name << " = " << v << "\n";
  for (const auto &[name, v] : str_)
    out << "[strng] " << name << " = \"" << v << "\"\n";
  for (const auto &[name, v] : bin_) {
    out << "[bin  ] " << name << " =";
    static const char digits[] = "0123456789abcdef";
    for (std::uint8_t b : v)
      out << ' ' << digits[b >> 4] << digits[b & 15];
    out << "\n";
  }
  return static_cast<bool>(out);
}

std::optional<Bytes> SettingsStore::binary(const std::string &name) const {
  auto it = bin_.find(name);
  if (it == bin_.end())
    return std::nullopt;
  return it->second;
}

std::optional<std::string> SettingsStore::text(const std::string &name) const {
  auto it = str_.find(name);
  if (it == str_.end())
    return std::nullopt;
  return it->second;
}

int SettingsStore::integer(const std::string &name, int def) const {
  auto it = int_.find(name);
  return it == int_.end() ? def : it->second;
}

void SettingsStore::set_binary(const std::string &name, Bytes value) { bin_[name] = std::move(value); }

}  // namespace tv
