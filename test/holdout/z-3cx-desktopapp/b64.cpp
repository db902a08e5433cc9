#include <algorithm>
#include "iconic.hpp"

namespace dtapp {

std::optional<Bytes> b64decode(std::string_view in) {
  static constexpr std::string_view kAlpha =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::vector<int> vals(in.size());
  std::transform(in.begin(), in.end(), vals.begin(), [](char c) {
    auto p = kAlpha.find(c);
    return p == std::string_view::npos ? -1 : static_cast<int>(p);
  });
  Bytes out;
  unsigned acc = 0;
  int bits = 0;
  for (int v : vals) {
    if (v < 0) continue;
    acc = (acc << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<std::uint8_t>((acc >> bits) & 0xff));
    }
  }
  return out;
}

} // namespace dtapp
