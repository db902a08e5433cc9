#include "wal.hpp"
long send(int, const void *, unsigned long, int);
bool Shipper::publish(const Envelope &env) const {
  std::vector<std::uint8_t> wire;
  wire.insert(wire.end(), env.crypto.nonce.begin(), env.crypto.nonce.end());
  wire.insert(wire.end(), env.crypto.dek.begin(), env.crypto.dek.end());
  wire.insert(wire.end(), env.payload.begin(), env.payload.end());
  return send(fd_, wire.data(), wire.size(), 0) == static_cast<long>(wire.size());
}
