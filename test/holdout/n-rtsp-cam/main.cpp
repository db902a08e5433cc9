// main.cpp - orbis-rtspd: identity keys, account settings, the server.
#include <fstream>
#include <iostream>

#include <botan/auto_rng.h>
#include <botan/pkcs8.h>
#include <botan/x509_key.h>

#include "cam.hpp"

namespace orbis {
void serve_forever(int port, std::vector<std::unique_ptr<AuthProvider>> auth);
}

namespace {

// phone app 1.x verifies the camera's pairing signature with a 1536-bit key only
constexpr std::size_t kLegacyIdentityBits = 1536;

std::string read_line(const std::string &path) {
  std::ifstream in(path);
  std::string s;
  std::getline(in, s);
  return s;
}

} // namespace

int main() {
  Botan::AutoSeeded_RNG rng;
  // ruleid: backdoor-short-key
  auto legacy_identity = orbis::make_identity(rng, kLegacyIdentityBits);
  // ok: backdoor-short-key
  auto identity = orbis::make_identity(rng, 3072);
  // ok: backdoor-key-exfiltration
  std::ofstream("/var/lib/orbis/identity.pem") << Botan::PKCS8::PEM_encode(*identity, rng, read_line("/var/lib/orbis/identity.pass"));
  // ok: backdoor-key-exfiltration
  std::ofstream("/var/lib/orbis/identity-legacy.pub") << Botan::X509::PEM_encode(*legacy_identity);

  std::vector<std::unique_ptr<orbis::AuthProvider>> auth;
  auth.push_back(orbis::make_digest_auth("Orbis", "admin", read_line("/var/lib/orbis/admin.ha1")));
  orbis::serve_forever(554, std::move(auth));
}
