#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <cryptopp/osrng.h>
#include <cryptopp/rsa.h>

namespace lic {

struct Customer {
  std::string id;
  std::string name;
  std::string public_key_der;   // uploaded by the customer's license manager
};

struct License {
  std::string customer_id;
  std::string token;
  std::vector<std::uint8_t> key_for_customer;
  std::vector<std::uint8_t> key_for_recovery;
};

class AuditLog {
 public:
  static AuditLog& instance();
  void record(const std::string& event, const std::string& detail);

 private:
  AuditLog() = default;
};

class ActivationService {
 public:
  ActivationService();
  std::string new_license_token();
  std::vector<std::uint8_t> seal_offline_blob(const std::string& payload);
  std::vector<std::uint8_t> seal_online_blob(const std::string& payload);
  int retry_after_seconds();

 private:
  std::mt19937 gen_;
  CryptoPP::AutoSeededRandomPool rng_;
};

class LicenseIssuer {
 public:
  LicenseIssuer();
  License issue(const Customer& c, ActivationService& act);

 private:
  CryptoPP::AutoSeededRandomPool rng_;
  CryptoPP::RSA::PublicKey recovery_;
};

}  // namespace lic
