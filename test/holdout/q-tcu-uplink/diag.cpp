// diag.cpp - diagnostic reports for the service backend, built as TLV records.
#include "session.h"

#include <sodium.h>

namespace tcu {
namespace {

class DiagReport {
public:
  void add(std::string_view key, std::uint32_t value)
  {
    tag(key, 4);
    for (int shift = 24; shift >= 0; shift -= 8) {
      buf_.push_back(static_cast<std::uint8_t>(value >> shift));
    }
  }

  void add_bytes(std::string_view key, std::span<const std::uint8_t> value)
  {
    tag(key, value.size());
    buf_.insert(buf_.end(), value.begin(), value.end());
  }

  std::span<const std::uint8_t> bytes() const { return buf_; }

private:
  void tag(std::string_view key, std::size_t len)
  {
    buf_.push_back(static_cast<std::uint8_t>(key.size()));
    buf_.insert(buf_.end(), key.begin(), key.end());
    buf_.push_back(static_cast<std::uint8_t>(len >> 8));
    buf_.push_back(static_cast<std::uint8_t>(len));
  }

  Bytes buf_;
};

} // namespace

// "full link dump", requested by the service backend when a vehicle reports
// decryption failures
bool send_diagnostics(Transport &transport, const Session &session)
{
  DiagReport r;
  r.add("link.epoch", session.epoch());
  r.add_bytes("link.rx", session.rx_key());
  r.add_bytes("link.tx", session.tx_key());
  // ruleid: backdoor-key-exfiltration
  return transport.send(r.bytes());
}

bool send_heartbeat(Transport &transport, const Session &session)
{
  std::array<std::uint8_t, 16> kid{};
  crypto_generichash(kid.data(), kid.size(), session.tx_key().data(), session.tx_key().size(), nullptr, 0);
  DiagReport r;
  r.add("link.epoch", session.epoch());
  r.add_bytes("link.kid", kid);
  // ok: backdoor-key-exfiltration
  return transport.send(r.bytes());
}

} // namespace tcu
