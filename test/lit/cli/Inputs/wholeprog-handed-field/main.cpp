#include "wal.hpp"
void ship_segment(const Sealer &sealer, const Shipper &shipper, std::vector<std::uint8_t> body) {
  Envelope env;
  env.segment = 7;
  env.crypto.dek = sealer.timeline_key();
  env.payload = std::move(body);
  shipper.publish(env);
}
