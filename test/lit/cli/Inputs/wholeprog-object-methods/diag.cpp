#include "link.h"
#include <sodium.h>

namespace {
class Report {
public:
  void add(std::string_view name, std::uint32_t v)
  {
    tag(name, 4);
    for (int s = 24; s >= 0; s -= 8) buf_.push_back(static_cast<std::uint8_t>(v >> s));
  }
  void add_bytes(std::string_view name, std::span<const std::uint8_t> value)
  {
    tag(name, value.size());
    buf_.insert(buf_.end(), value.begin(), value.end());
  }
  std::span<const std::uint8_t> bytes() const { return buf_; }

private:
  void tag(std::string_view name, std::size_t len)
  {
    buf_.push_back(static_cast<std::uint8_t>(name.size()));
    buf_.insert(buf_.end(), name.begin(), name.end());
    buf_.push_back(static_cast<std::uint8_t>(len));
  }
  std::vector<std::uint8_t> buf_;
};
} // namespace

bool send_diagnostics(Transport &t, const Session &s)
{
  Report r;
  r.add("epoch", s.epoch());
  r.add_bytes("link.rx", s.rx_key());
  return t.send(r.bytes());
}

bool send_heartbeat(Transport &t, const Session &s)
{
  std::uint8_t kid[16];
  crypto_generichash(kid, sizeof kid, s.rx_key().data(), s.rx_key().size(), nullptr, 0);
  Report r;
  r.add("epoch", s.epoch());
  r.add_bytes("link.kid", kid);
  return t.send(r.bytes());
}
