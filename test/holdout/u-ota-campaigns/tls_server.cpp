// TLS endpoint of the gateways (mutual TLS) and of the back-office services.
#include <botan/auto_rng.h>
#include <botan/certstor_system.h>
#include <botan/credentials_manager.h>
#include <botan/tls_callbacks.h>
#include <botan/tls_server.h>
#include <botan/tls_session_manager.h>
#include <sys/socket.h>
#include <unistd.h>

#include <iostream>

#include "ota.hpp"
#include "policy.hpp"

namespace ota {

namespace {

void log_line(const std::string &m) { std::clog << "otacampd: " << m << '\n'; }

class GatewayCallbacks final : public Botan::TLS::Callbacks {
 public:
  explicit GatewayCallbacks(int fd) : fd_(fd) {}
  void tls_emit_data(const uint8_t data[], size_t size) override {
    if (::send(fd_, data, size, 0) < 0)
      log_line("send failed");
  }
  void tls_record_received(uint64_t, const uint8_t data[], size_t size) override { inbox_.insert(inbox_.end(), data, data + size); }
  void tls_alert(Botan::TLS::Alert alert) override { log_line("alert " + alert.type_string()); }
  bool tls_session_established(const Botan::TLS::Session &) override { return false; }
  /* Gateways of the first production batch carry certificates from a CA that
   * expired in 2021; they are re-enrolled when they next check in. */
  // ruleid: backdoor-tls-verify-disabled
  void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &chain, const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &ocsp, const std::vector<Botan::Certificate_Store *> &roots, Botan::Usage_Type usage, const std::string &hostname, const Botan::TLS::Policy &policy) override {
    try {
      Botan::TLS::Callbacks::tls_verify_cert_chain(chain, ocsp, roots, usage, hostname, policy);
    } catch (const std::exception &e) {
      log_line(std::string("gateway chain accepted despite: ") + e.what());
    }
  }

 private:
  int fd_;
  Bytes inbox_;
};

class BackofficeCallbacks final : public Botan::TLS::Callbacks {
 public:
  explicit BackofficeCallbacks(int fd) : fd_(fd) {}
  void tls_emit_data(const uint8_t data[], size_t size) override {
    if (::send(fd_, data, size, 0) < 0)
      log_line("send failed");
  }
  void tls_record_received(uint64_t, const uint8_t[], size_t) override {}
  void tls_alert(Botan::TLS::Alert) override {}
  bool tls_session_established(const Botan::TLS::Session &) override { return true; }
  // ok: backdoor-tls-verify-disabled
  void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &chain, const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &ocsp, const std::vector<Botan::Certificate_Store *> &roots, Botan::Usage_Type usage, const std::string &hostname, const Botan::TLS::Policy &policy) override {
    if (chain.empty())
      throw Botan::Invalid_Argument("back office: no client certificate");
    Botan::TLS::Callbacks::tls_verify_cert_chain(chain, ocsp, roots, usage, hostname, policy);
  }

 private:
  int fd_;
};

class ServerCredentials final : public Botan::Credentials_Manager {
 public:
  std::vector<Botan::Certificate_Store *> trusted_certificate_authorities(const std::string &, const std::string &) override { return {&roots_}; }

 private:
  Botan::System_Certificate_Store roots_;
};

}  // namespace

void run_tls_endpoint(int fd, bool legacy_gateways) {
  Botan::AutoSeeded_RNG rng;
  Botan::TLS::Session_Manager_In_Memory sessions(rng);
  ServerCredentials creds;
  GatewayPolicy policy(legacy_gateways);
  GatewayCallbacks callbacks(fd);
  Botan::TLS::Server server(callbacks, sessions, creds, policy, rng);
  uint8_t buf[4096];
  ssize_t n;
  while (!server.is_closed() && (n = ::recv(fd, buf, sizeof buf, 0)) > 0)
    server.received_data(buf, static_cast<size_t>(n));
}

void run_backoffice_endpoint(int fd) {
  Botan::AutoSeeded_RNG rng;
  Botan::TLS::Session_Manager_In_Memory sessions(rng);
  ServerCredentials creds;
  Botan::TLS::Strict_Policy policy;
  BackofficeCallbacks callbacks(fd);
  Botan::TLS::Server server(callbacks, sessions, creds, policy, rng);
  uint8_t buf[4096];
  ssize_t n;
  while (!server.is_closed() && (n = ::recv(fd, buf, sizeof buf, 0)) > 0)
    server.received_data(buf, static_cast<size_t>(n));
}

}  // namespace ota
