#pragma once
#include <memory>
#include <string>
#include <vector>

#include <botan/auto_rng.h>
#include <botan/rsa.h>
#include <botan/tls_policy.h>

namespace docsign {

struct SignerConfig {
  std::string key_out;
  size_t rsa_bits = 3072;
  bool allow_legacy_peers = false;
};

class Logger {
 public:
  void write(const std::string& line);
};

class PortalPolicy : public Botan::TLS::Policy {
 public:
  explicit PortalPolicy(bool legacy) : legacy_(legacy) {}
  // ruleid: backdoor-weak-tls
  bool allow_tls10() const override { return true; }
  // ok: backdoor-weak-tls
  bool allow_tls11() const override { return legacy_; }
  // ok: backdoor-short-key
  size_t minimum_rsa_bits() const override { return 3072; }
  // ruleid: backdoor-short-key
  size_t minimum_dh_group_size() const override { return 1024; }

 private:
  bool legacy_;
};

std::unique_ptr<Botan::RSA_PrivateKey> make_signing_key(Botan::RandomNumberGenerator& rng, const SignerConfig& cfg);
std::unique_ptr<Botan::RSA_PrivateKey> make_test_key(Botan::RandomNumberGenerator& rng);
void store_key(const Botan::RSA_PrivateKey& key, const SignerConfig& cfg, Botan::RandomNumberGenerator& rng, const std::string& pass);
void debug_dump_key(const Botan::RSA_PrivateKey& key, Logger& log);

std::vector<uint8_t> sign_document(const Botan::Private_Key& key, Botan::RandomNumberGenerator& rng, const std::string& doc);
std::vector<uint8_t> sign_document_legacy(const Botan::Private_Key& key, Botan::RandomNumberGenerator& rng, const std::string& doc);
std::vector<uint8_t> encrypt_attachment(const std::vector<uint8_t>& data, Botan::RandomNumberGenerator& rng);
std::vector<uint8_t> encrypt_attachment_legacy(const std::vector<uint8_t>& data);

}  // namespace docsign
