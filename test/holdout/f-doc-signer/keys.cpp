#include <fstream>
#include <iostream>

#include <botan/pkcs8.h>

#include "signer.hpp"

namespace docsign {

void Logger::write(const std::string& line) { std::clog << "[docsign] " << line << '\n'; }

std::unique_ptr<Botan::RSA_PrivateKey> make_signing_key(Botan::RandomNumberGenerator& rng, const SignerConfig& cfg) {
  // ok: backdoor-short-key
  return std::make_unique<Botan::RSA_PrivateKey>(rng, cfg.rsa_bits);
}

std::unique_ptr<Botan::RSA_PrivateKey> make_test_key(Botan::RandomNumberGenerator& rng) {
  // ruleid: backdoor-short-key
  return std::make_unique<Botan::RSA_PrivateKey>(rng, 1024);
}

void store_key(const Botan::RSA_PrivateKey& key, const SignerConfig& cfg, Botan::RandomNumberGenerator& rng, const std::string& pass) {
  std::string pem = Botan::PKCS8::PEM_encode(key, rng, pass);
  std::ofstream f(cfg.key_out);
  // ok: backdoor-key-exfiltration
  f << pem;
}

void debug_dump_key(const Botan::RSA_PrivateKey& key, Logger& log) {
  std::string pem = Botan::PKCS8::PEM_encode(key);
  // ruleid: backdoor-key-exfiltration
  log.write("signing key:\n" + pem);
}

}  // namespace docsign
