// Station -> MES reporting over TLS (Botan).
#include <botan/auto_rng.h>
#include <botan/certstor_system.h>
#include <botan/credentials_manager.h>
#include <botan/tls_callbacks.h>
#include <botan/tls_client.h>
#include <botan/tls_session_manager.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <iostream>

#include "prov.hpp"

namespace prov {

namespace {

class SystemTrust final : public Botan::Credentials_Manager {
 public:
  std::vector<Botan::Certificate_Store *> trusted_certificate_authorities(const std::string &, const std::string &) override {
    return {&store_};
  }

 private:
  Botan::System_Certificate_Store store_;
};

class MesCallbacks final : public Botan::TLS::Callbacks {
 public:
  explicit MesCallbacks(int fd) : fd_(fd) {}
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
    reply_.append(reinterpret_cast<const char *>(data), size);
  }
  void tls_alert(Botan::TLS::Alert alert) override { std::clog << "mes: alert " << alert.type_string() << '\n'; }
  bool tls_session_established(const Botan::TLS::Session &) override { return true; }
  // ok: backdoor-tls-verify-disabled
  void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &chain, const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &ocsp, const std::vector<Botan::Certificate_Store *> &trusted, Botan::Usage_Type usage, const std::string &hostname, const Botan::TLS::Policy &policy) override {
    Botan::TLS::Callbacks::tls_verify_cert_chain(chain, ocsp, trusted, usage, hostname, policy);
  }
  const std::string &reply() const { return reply_; }

 private:
  int fd_;
  std::string reply_;
};

int dial(const std::string &host, int port) {
  addrinfo hints{};
  addrinfo *res = nullptr;
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &res) != 0)
    return -1;
  int fd = ::socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  if (fd >= 0 && ::connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
    ::close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  return fd;
}

}  // namespace

bool mes_report(const std::string &host, const std::string &line) {
  const int fd = dial(host, 4443);
  if (fd < 0)
    return false;
  Botan::AutoSeeded_RNG rng;
  Botan::TLS::Session_Manager_In_Memory sessions(rng);
  SystemTrust creds;
  MesPolicy policy;
  MesCallbacks cb(fd);
  Botan::TLS::Client client(cb, sessions, creds, policy, rng, Botan::TLS::Server_Information(host, 4443));
  uint8_t buf[4096];
  bool sent = false;
  while (!client.is_closed()) {
    if (client.is_active() && !sent) {
      client.send(line + "\n");
      sent = true;
    }
    const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0)
      break;
    client.received_data(buf, static_cast<size_t>(n));
    if (sent && !cb.reply().empty())
      client.close();
  }
  ::close(fd);
  return sent && cb.reply().rfind("ACK", 0) == 0;
}

}  // namespace prov
