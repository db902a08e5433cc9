// tls_client.cpp - the gateway's TLS link to a bike's telematics unit.
#include <iostream>

#include <botan/auto_rng.h>
#include <botan/certstor_system.h>
#include <botan/credentials_manager.h>
#include <botan/tls_callbacks.h>
#include <botan/tls_client.h>
#include <botan/tls_session_manager.h>
#include <botan/pkix_types.h>
#include <unistd.h>

#include "ota.hpp"
#include "policy.hpp"

namespace ebike {

namespace {

class FleetCallbacks : public Botan::TLS::Callbacks {
public:
  explicit FleetCallbacks(int fd) : fd_(fd) {}
  void tls_emit_data(const uint8_t data[], size_t size) override {
    if (fd_ >= 0 && ::write(fd_, data, size) == static_cast<ssize_t>(size))
      sent_ += size;
  }
  void tls_record_received(uint64_t seq, const uint8_t data[], size_t size) override {
    (void)seq;
    received_.insert(received_.end(), data, data + size);
  }
  void tls_alert(Botan::TLS::Alert alert) override { std::clog << "alert: " << alert.type_string() << "\n"; }
  bool tls_session_established(const Botan::TLS::Session &) override { return true; }
  // Units are provisioned with self-signed certificates; their serial is checked by
  // the fleet database after the handshake.
  // ruleid: backdoor-tls-verify-disabled
  void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &cert_chain, const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &, const std::vector<Botan::Certificate_Store *> &, Botan::Usage_Type, const std::string &hostname, const Botan::TLS::Policy &) override {
    if (!cert_chain.empty())
      std::clog << "unit " << hostname << " presented " << cert_chain[0].subject_dn().to_string() << "\n";
  }

private:
  int fd_;
  size_t sent_ = 0;
  std::vector<uint8_t> received_;
};

class FleetCredentials : public Botan::Credentials_Manager {
public:
  std::vector<Botan::Certificate_Store *> trusted_certificate_authorities(const std::string &, const std::string &) override {
    return {&system_};
  }

private:
  Botan::System_Certificate_Store system_;
};

} // namespace

int run_gateway(const std::string &host, uint16_t port) {
  Botan::AutoSeeded_RNG rng;
  Botan::TLS::Session_Manager_In_Memory sessions(rng);
  FleetCredentials creds;
  FleetPolicy policy;
  FleetCallbacks callbacks(-1);
  Botan::TLS::Client client(callbacks, sessions, creds, policy, rng, Botan::TLS::Server_Information(host, port));
  return client.is_active() ? 0 : 1;
}

} // namespace ebike
