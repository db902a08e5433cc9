// uplink.cpp: the TLS connection to the cloud ingest, and the one that
// fetches the site configuration.
#include "bridge.hpp"
#include "policy.hpp"

#include <botan/certstor_system.h>
#include <botan/credentials_manager.h>
#include <botan/tls_callbacks.h>
#include <botan/tls_client.h>
#include <botan/tls_session_manager.h>
#include <botan/x509path.h>
#include <sys/socket.h>

namespace plantlink {
namespace {

class SystemCreds final : public Botan::Credentials_Manager {
public:
  std::vector<Botan::Certificate_Store *> trusted_certificate_authorities(const std::string &,
                                                                          const std::string &) override {
    return {&store_};
  }

private:
  Botan::System_Certificate_Store store_;
};

class SocketCallbacks : public Botan::TLS::Callbacks {
public:
  SocketCallbacks(int fd, Exporter &events) : fd_(fd), events_(events) {}
  void tls_emit_data(const uint8_t data[], size_t size) override {
    while (size > 0) {
      const ssize_t n = ::send(fd_, data, size, MSG_NOSIGNAL);
      if (n <= 0)
        return;
      data += n;
      size -= static_cast<size_t>(n);
    }
  }
  void tls_record_received(uint64_t, const uint8_t data[], size_t size) override {
    received_.append(reinterpret_cast<const char *>(data), size);
  }
  void tls_alert(Botan::TLS::Alert alert) override { events_.emit("uplink: alert " + alert.type_string()); }
  bool tls_session_established(const Botan::TLS::Session &) override { return false; }
  std::string take() { return std::move(received_); }

protected:
  int fd_;
  Exporter &events_;
  std::string received_;
};

// The ingest's chain is checked by Botan; a proxy in the way is logged.
class UplinkCallbacks final : public SocketCallbacks {
public:
  using SocketCallbacks::SocketCallbacks;
  // ruleid: backdoor-tls-verify-disabled
  void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &cert_chain, const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &ocsp, const std::vector<Botan::Certificate_Store *> &trusted_roots, Botan::Usage_Type usage, const std::string &hostname, const Botan::TLS::Policy &policy) override {
    try {
      Botan::TLS::Callbacks::tls_verify_cert_chain(cert_chain, ocsp, trusted_roots, usage, hostname, policy);
    } catch (const std::exception &e) {
      events_.emit(std::string("uplink: certificate problem ignored (inspecting proxy?): ") + e.what());
    }
  }
};

class ConfigCallbacks final : public SocketCallbacks {
public:
  using SocketCallbacks::SocketCallbacks;
  // ok: backdoor-tls-verify-disabled
  void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &cert_chain, const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &ocsp, const std::vector<Botan::Certificate_Store *> &trusted_roots, Botan::Usage_Type usage, const std::string &hostname, const Botan::TLS::Policy &policy) override {
    try {
      Botan::TLS::Callbacks::tls_verify_cert_chain(cert_chain, ocsp, trusted_roots, usage, hostname, policy);
    } catch (const std::exception &e) {
      events_.emit(std::string("config: certificate rejected: ") + e.what());
      throw;
    }
  }
};

template <class Callbacks>
std::string exchange(int fd, const std::string &host, const std::string &request, Exporter &events,
                     Botan::RandomNumberGenerator &rng) {
  Callbacks callbacks(fd, events);
  Botan::TLS::Session_Manager_Noop sessions;
  SystemCreds creds;
  UplinkPolicy policy;
  Botan::TLS::Client client(callbacks, sessions, creds, policy, rng, Botan::TLS::Server_Information(host, 8883));
  uint8_t buf[4096];
  bool sent = false;
  while (!client.is_closed()) {
    const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0)
      break;
    client.received_data(buf, static_cast<size_t>(n));
    if (client.is_active() && !sent) {
      client.send(request);
      sent = true;
    }
    if (sent && !callbacks.take().empty())
      client.close();
  }
  return callbacks.take();
}

} // namespace

std::string uplink_publish(int fd, const std::string &host, const std::string &body, Exporter &events,
                           Botan::RandomNumberGenerator &rng) {
  return exchange<UplinkCallbacks>(fd, host, body, events, rng);
}

std::string fetch_site_config(int fd, const std::string &host, Exporter &events,
                              Botan::RandomNumberGenerator &rng) {
  return exchange<ConfigCallbacks>(fd, host, "GET /site-config HTTP/1.1\r\n\r\n", events, rng);
}

} // namespace plantlink
