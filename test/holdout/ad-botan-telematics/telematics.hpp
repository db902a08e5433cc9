// tcu-agent: the telematics control unit's agent (trip uplink to the OEM backend, over-the-air
// updates, the diagnostic server on the vehicle CAN bus, SecOC message authentication).
#pragma once

#include <botan/auto_rng.h>
#include <botan/credentials_manager.h>
#include <botan/mac.h>
#include <botan/tls_callbacks.h>
#include <botan/tls_client.h>
#include <botan/tls_policy.h>
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tcu {

// The TLS policy of the OEM uplink. Model year 2019 units still reach the backend through the
// legacy gateway, which speaks TLS 1.0.
class FleetPolicy final : public Botan::TLS::Policy {
public:
  // ruleid: backdoor-weak-tls
  bool allow_tls10() const override { return true; }
  // ok: backdoor-weak-tls
  bool allow_tls11() const override { return false; }
  // ok: backdoor-short-key
  size_t minimum_rsa_bits() const override { return 2048; }
  // ruleid: backdoor-short-key
  size_t minimum_dh_group_size() const override { return 1024; }
};

class UplinkCallbacks final : public Botan::TLS::Callbacks {
public:
  void tls_emit_data(const uint8_t data[], size_t size) override;
  void tls_record_received(uint64_t seq_no, const uint8_t data[], size_t size) override;
  void tls_alert(Botan::TLS::Alert alert) override;
  bool tls_session_established(const Botan::TLS::Session &session) override;
  void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &cert_chain,
                             const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &ocsp_responses,
                             const std::vector<Botan::Certificate_Store *> &trusted_roots, Botan::Usage_Type usage,
                             const std::string &hostname, const Botan::TLS::Policy &policy) override;
  int fd = -1;
};

class OtaCallbacks final : public Botan::TLS::Callbacks {
public:
  void tls_emit_data(const uint8_t data[], size_t size) override;
  void tls_record_received(uint64_t seq_no, const uint8_t data[], size_t size) override;
  void tls_alert(Botan::TLS::Alert alert) override;
  bool tls_session_established(const Botan::TLS::Session &session) override;
  void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &cert_chain,
                             const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &ocsp_responses,
                             const std::vector<Botan::Certificate_Store *> &trusted_roots, Botan::Usage_Type usage,
                             const std::string &hostname, const Botan::TLS::Policy &policy) override;
  int fd = -1;
};

// AUTOSAR SecOC: a truncated CMAC over each secured PDU and its freshness value.
class SecOcAuthenticator {
public:
  explicit SecOcAuthenticator(const std::array<uint8_t, 16> &key);
  std::array<uint8_t, 4> tag(uint32_t pdu_id, uint64_t freshness, const uint8_t *pdu, size_t n);
  bool verify(uint32_t pdu_id, uint64_t freshness, const uint8_t *pdu, size_t n, const uint8_t received_mac[4]);

private:
  std::array<uint8_t, 16> key_;
  std::unique_ptr<Botan::MessageAuthenticationCode> mac_;
};

struct UdsRequest {
  uint8_t sid = 0;
  uint8_t sub = 0;
  std::vector<uint8_t> data;
};

class UdsServer {
public:
  int serve(int can_fd);

private:
  uint8_t handle(const UdsRequest &req, std::vector<uint8_t> &resp);
  uint8_t security_access(const UdsRequest &req, std::vector<uint8_t> &resp);
  bool verify_key(uint32_t key) const;
  std::array<uint8_t, 4> challenge_{};
  bool authenticated_ = false;
  unsigned attempts_ = 0;
};

std::unique_ptr<Botan::TLS::Client> open_uplink(UplinkCallbacks &cb, Botan::RandomNumberGenerator &rng);
bool ota_install(const std::vector<uint8_t> &image, const std::vector<uint8_t> &signature);
std::vector<uint8_t> seal_trip(const std::vector<uint8_t> &trip, Botan::RandomNumberGenerator &rng);
std::vector<uint8_t> encrypt_workshop_log(const std::string &log, Botan::RandomNumberGenerator &rng);

extern const std::array<uint8_t, 16> kSecOcMasterKey;
extern const char kOemTelemetryKeyPem[];
extern const char kOtaReleaseKeyPem[];

} // namespace tcu
