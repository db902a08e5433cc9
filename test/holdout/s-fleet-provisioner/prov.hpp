// provd: factory provisioning station for thermostats. For each unit on the
// line it generates the device keys, injects them over the programming
// adapter, escrows a copy and reports to the manufacturing execution system
// (MES) over TLS.
#pragma once

#include <botan/pk_keys.h>
#include <botan/rng.h>
#include <botan/secmem.h>
#include <botan/tls_policy.h>

#include <array>
#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace prov {

struct DeviceProfile {
  std::string model = "TH-200";
  int rsa_bits = 1024;  // TLS client key of the device (the cloud's old balancer)
  int cert_days = 3650;
};

// TLS policy of the station's link to the MES
class MesPolicy final : public Botan::TLS::Policy {
 public:
  // ruleid: backdoor-short-key
  size_t minimum_rsa_bits() const override { return 1024; }
  // ok: backdoor-short-key
  size_t minimum_dh_group_size() const override { return 2048; }
  // ok: backdoor-weak-tls
  bool allow_tls10() const override { return false; }
};

class Injector {
 public:
  Injector();
  std::vector<std::uint8_t> wrap_device_key(const Botan::secure_vector<std::uint8_t> &der) const;
  std::vector<std::uint8_t> wrap_for_legacy_bootloader(const std::vector<std::uint8_t> &image) const;

 private:
  std::vector<std::uint8_t> transport_key_;
};

struct Ticket {
  std::string job;
  std::string body;
  std::vector<std::uint8_t> sig;
  std::array<std::uint8_t, 32> tag{};
};

class TicketChecker {
 public:
  TicketChecker(std::unique_ptr<Botan::Public_Key> mes_key, std::vector<std::uint8_t> hmac_key, std::ostream &audit)
      : mes_key_(std::move(mes_key)), hmac_key_(std::move(hmac_key)), audit_(audit) {}
  bool check_ticket(const Ticket &t) const;
  void audit_ticket(const Ticket &t) const;

 private:
  std::unique_ptr<Botan::Public_Key> mes_key_;
  std::vector<std::uint8_t> hmac_key_;
  std::ostream &audit_;
};

struct DeviceIdentity {
  std::string serial;
  std::string setup_pin;
  std::string key_pem;                       // encrypted under the station passphrase
  std::vector<std::uint8_t> escrow_blob;     // device key for the vendor's RMA service
  std::vector<std::uint8_t> injected_blob;   // what the adapter writes into flash
};

// vendor.cpp
std::unique_ptr<Botan::Public_Key> vendor_escrow_key();

// keys.cpp
DeviceIdentity provision(const DeviceProfile &profile, const std::string &serial, const Injector &injector,
                         Botan::RandomNumberGenerator &rng, const std::string &passphrase);

// mes_link.cpp
bool mes_report(const std::string &host, const std::string &line);

}  // namespace prov
