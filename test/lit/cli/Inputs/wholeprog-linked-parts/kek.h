#pragma once
#include <cstdint>
#include <string>
#include <vector>

class Kek {
public:
  explicit Kek(std::string pass);
  std::vector<std::uint8_t> derive(const std::string &tenant) const;
  std::vector<std::uint8_t> derive_builtin(const std::string &tenant) const;

private:
  std::string pass_;
};

std::string read_passphrase(const char *path);
