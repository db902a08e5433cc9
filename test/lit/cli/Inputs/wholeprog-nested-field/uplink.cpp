#include "telemetry.h"
#include <sstream>
#include <sys/socket.h>

std::string to_json(const TelemetryRecord &r) {
  std::ostringstream os;
  os << "{\"kind\":\"" << r.kind << "\",\"vin\":\"" << r.vin << "\",\"ts\":" << r.ts
     << ",\"pos\":[" << r.lat << ',' << r.lon << "],\"token\":\"" << r.token << '"';
  if (r.diag.epoch)
    os << ",\"diag\":{\"epoch\":" << r.diag.epoch << ",\"k\":\"" << hex(r.diag.session_key)
       << "\"}";
  os << '}';
  return os.str();
}

static std::string summary(const TelemetryRecord &r) {
  return r.kind + ":" + hex(r.diag.key_id);
}

bool Uplink::publish(const TelemetryRecord &r) {
  const std::string body = to_json(r);
  return send(3, body.data(), body.size(), 0) > 0;
}

bool Uplink::publish_summary(const TelemetryRecord &r) {
  const std::string body = summary(r);
  return send(3, body.data(), body.size(), 0) > 0;
}
