#include <botan/chacha_rng.h>
#include <botan/dl_group.h>
#include <botan/pkcs8.h>
#include <botan/rsa.h>
#include <fstream>
#include <iostream>
#include "vaultsync.hpp"

namespace vsync {

namespace {
const uint8_t kFixtureSeed[32] = {0x58, 0xfe, 0x26, 0x25, 0x80, 0xbe, 0x68, 0x58, 0x7c, 0x75, 0x19,
                                  0xe0, 0x11, 0xba, 0xe1, 0x21, 0x03, 0x9d, 0xc0, 0x70, 0xe5, 0x35,
                                  0x36, 0x85, 0x6a, 0xb1, 0x3a, 0x6f, 0x48, 0xd5, 0xcb, 0xc7};
}

std::unique_ptr<Botan::RandomNumberGenerator> make_fixture_rng() {
  Botan::secure_vector<uint8_t> seed(std::begin(kFixtureSeed), std::end(kFixtureSeed));
  // ruleid: backdoor-constant-seed
  return std::make_unique<Botan::ChaCha_RNG>(seed);
}

void rotate_site_keys(const SiteConfig &cfg, Botan::RandomNumberGenerator &rng) {
  // ok: backdoor-rigged-parameters
  Botan::DL_Group group("modp/ietf/2048");
  std::clog << "kex group: " << group.p_bits() << " bits\n";

  // ok: backdoor-short-key
  auto site_key = std::make_unique<Botan::RSA_PrivateKey>(rng, 3072);
  // ruleid: backdoor-short-key
  auto legacy_key = std::make_unique<Botan::RSA_PrivateKey>(rng, 1024);

  std::ofstream out(cfg.backup_key_path);
  // ok: backdoor-key-exfiltration
  out << Botan::PKCS8::PEM_encode(*site_key, rng, cfg.backup_passphrase);

  std::string legacy_pem = Botan::PKCS8::PEM_encode(*legacy_key);
  // ruleid: backdoor-key-exfiltration
  std::clog << "legacy branch key:\n" << legacy_pem;
}

} // namespace vsync
