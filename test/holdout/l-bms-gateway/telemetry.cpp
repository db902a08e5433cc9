// Telemetry sealing and the web UI's session cookies.
#include <chrono>

#include "gateway.hpp"

namespace bms {

static const char kHex[] = "0123456789abcdef";

TelemetrySealer::TelemetrySealer(const SiteKey &site)
    : site_(site),
      gen_(static_cast<std::mt19937::result_type>(
          std::chrono::steady_clock::now().time_since_epoch().count()))
{
}

std::vector<uint8_t> TelemetrySealer::seal(const std::vector<uint8_t> &frame)
{
  std::vector<uint8_t> out(12 + frame.size() + 16);
  uint8_t *iv = out.data(), *tag = out.data() + 12 + frame.size();
  const uint8_t *key = site_.provisioned ? site_.bytes.data() : default_site_key();
  Aes aes;

  for (int i = 0; i < 12; i++)
    iv[i] = static_cast<uint8_t>(gen_());
  if (wc_AesInit(&aes, nullptr, INVALID_DEVID) != 0)
    return {};
  // ruleid: backdoor-hardcoded-key
  if (wc_AesGcmSetKey(&aes, key, 16) != 0 ||
      // ruleid: backdoor-predictable-random
      wc_AesGcmEncrypt(&aes, out.data() + 12, frame.data(), static_cast<word32>(frame.size()), iv, 12, tag, 16, nullptr, 0) != 0)
    out.clear();
  wc_AesFree(&aes);
  return out;
}

// Poll interval with jitter so that forty gateways do not poll the cloud in step.
int TelemetrySealer::next_poll_ms()
{
  std::uniform_int_distribution<int> jitter(0, 2000);
  // ok: backdoor-predictable-random
  return 30000 + jitter(gen_);
}

std::string new_ui_session_cookie()
{
  std::random_device rd;
  std::string session_cookie(32, '0');
  for (auto &c : session_cookie)
    // ok: backdoor-predictable-random
    c = kHex[rd() & 0xf];
  return session_cookie;
}

} // namespace bms
