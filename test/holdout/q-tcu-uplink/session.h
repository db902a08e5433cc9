// session.h - the uplink session: enrollment, key exchange, sealed telemetry.
#pragma once

#include "tcu.h"

#include <functional>

namespace tcu {

class Session {
public:
  using RotateHook = std::function<void(std::string_view)>;

  Session(Transport &transport, const Config &cfg);
  ~Session();

  bool enroll();
  bool rotate(std::span<const std::uint8_t, 32> server_pk);
  bool send_telemetry(std::span<const std::uint8_t> record);

  void set_rotate_hook(RotateHook hook) { on_rotate_ = std::move(hook); }

  std::span<const std::uint8_t> tx_key() const { return keys_.tx; }
  std::span<const std::uint8_t> rx_key() const { return keys_.rx; }
  std::uint32_t epoch() const { return keys_.epoch; }

private:
  Transport &transport_;
  const Config &cfg_;
  LinkKeys keys_;
  std::array<std::uint8_t, 32> pk_{};
  std::array<std::uint8_t, 32> sk_{};
  RotateHook on_rotate_;
};

bool send_diagnostics(Transport &transport, const Session &session);
bool send_heartbeat(Transport &transport, const Session &session);

} // namespace tcu
