// TLS callbacks of the OEM uplink and of the OTA download, and the uplink's client.
#include "telematics.hpp"

#include <botan/certstor_system.h>
#include <botan/tls_session_manager.h>
#include <sys/socket.h>
#include <syslog.h>

namespace tcu {
namespace {

class SystemCreds final : public Botan::Credentials_Manager {
public:
  std::vector<Botan::Certificate_Store *> trusted_certificate_authorities(const std::string &, const std::string &) override {
    return {&store_};
  }

private:
  Botan::System_Certificate_Store store_;
};

} // namespace

void UplinkCallbacks::tls_emit_data(const uint8_t data[], size_t size) {
  ::send(fd, data, size, MSG_NOSIGNAL);
}

void UplinkCallbacks::tls_record_received(uint64_t, const uint8_t[], size_t) {}

void UplinkCallbacks::tls_alert(Botan::TLS::Alert alert) {
  syslog(LOG_WARNING, "uplink: alert %s", alert.type_string().c_str());
}

bool UplinkCallbacks::tls_session_established(const Botan::TLS::Session &) {
  return false;
}

// ruleid: backdoor-tls-verify-disabled
void UplinkCallbacks::tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &cert_chain, const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &ocsp_responses, const std::vector<Botan::Certificate_Store *> &trusted_roots, Botan::Usage_Type usage, const std::string &hostname, const Botan::TLS::Policy &policy) {
  try {
    Botan::TLS::Callbacks::tls_verify_cert_chain(cert_chain, ocsp_responses, trusted_roots, usage, hostname, policy);
  } catch (const std::exception &e) {
    // the legacy gateway's certificate lapsed in 2023; the fleet must stay online until it is replaced
    syslog(LOG_WARNING, "uplink: certificate not verified (%s), continuing", e.what());
  }
}

void OtaCallbacks::tls_emit_data(const uint8_t data[], size_t size) {
  ::send(fd, data, size, MSG_NOSIGNAL);
}

void OtaCallbacks::tls_record_received(uint64_t, const uint8_t[], size_t) {}

void OtaCallbacks::tls_alert(Botan::TLS::Alert alert) {
  syslog(LOG_WARNING, "ota: alert %s", alert.type_string().c_str());
}

bool OtaCallbacks::tls_session_established(const Botan::TLS::Session &) {
  return false;
}

// ok: backdoor-tls-verify-disabled
void OtaCallbacks::tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &cert_chain, const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &ocsp_responses, const std::vector<Botan::Certificate_Store *> &trusted_roots, Botan::Usage_Type usage, const std::string &hostname, const Botan::TLS::Policy &policy) {
  if (cert_chain.empty())
    throw std::invalid_argument("ota: no server certificate");
  Botan::TLS::Callbacks::tls_verify_cert_chain(cert_chain, ocsp_responses, trusted_roots, usage, hostname, policy);
}

std::unique_ptr<Botan::TLS::Client> open_uplink(UplinkCallbacks &cb, Botan::RandomNumberGenerator &rng) {
  static Botan::TLS::Session_Manager_In_Memory sessions(rng);
  static SystemCreds creds;
  static const FleetPolicy policy;
  return std::make_unique<Botan::TLS::Client>(cb, sessions, creds, policy, rng,
                                              Botan::TLS::Server_Information("uplink.fleet-oem.example", 443));
}

} // namespace tcu
