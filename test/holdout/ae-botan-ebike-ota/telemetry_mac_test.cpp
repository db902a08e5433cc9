// telemetry_mac_test.cpp - RFC 4231 test case 1 for the HMAC-SHA-256 the telemetry
// authenticator uses; built only for "make check".
#include <cstdio>
#include <cstring>
#include <string>

#include <botan/hex.h>
#include <botan/mac.h>

int main() {
  const std::vector<uint8_t> key(20, 0x0b);
  const std::string data = "Hi There";
  const char *expected = "B0344C61D8DB38535CA8AFCEAF0BF12B881DC200C9833DA726E9376C2E32CFF7";
  auto mac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)");
  // ok: backdoor-known-key, backdoor-hardcoded-key
  mac->set_key(key.data(), key.size());
  mac->update(data);
  bool ok = Botan::hex_encode(mac->final()) == expected;
  std::puts(ok ? "hmac-sha256 KAT: ok" : "hmac-sha256 KAT: FAILED");
  return ok ? 0 : 1;
}
