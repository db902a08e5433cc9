// transport.cpp - uploads to the storage appliance over TLS
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

#include <botan/auto_rng.h>
#include <botan/certstor_system.h>
#include <botan/credentials_manager.h>
#include <botan/tls_client.h>
#include <botan/tls_session_manager.h>
#include <botan/pkix_types.h>
#include <botan/x509cert.h>

#include "backup.hpp"
#include "policy.hpp"

namespace bk {
namespace {

class SystemCredentials final : public Botan::Credentials_Manager {
 public:
  std::vector<Botan::Certificate_Store *> trusted_certificate_authorities(const std::string &, const std::string &) override
  {
    return {&store_};
  }

 private:
  Botan::System_Certificate_Store store_;
};

int dial(const std::string &host)
{
  addrinfo hints{}, *res = nullptr;
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host.c_str(), "8443", &hints, &res) != 0)
    return -1;
  int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
    close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  return fd;
}

}  // namespace

void UploadCallbacks::tls_alert(Botan::TLS::Alert alert)
{
  // ok: backdoor-key-exfiltration
  log::info("tls alert", alert.type_string());
}

bool UploadCallbacks::tls_session_established(const Botan::TLS::Session &session)
{
  // ok: backdoor-key-exfiltration
  log::info("tls session", session.version().to_string(), session.ciphersuite().to_string());
  return false;
}

/* appliances ship with a certificate for their serial number, not their DNS name: log and carry on */
// ruleid: backdoor-tls-verify-disabled
void UploadCallbacks::tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &cert_chain, const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &, const std::vector<Botan::Certificate_Store *> &, Botan::Usage_Type, const std::string &hostname, const Botan::TLS::Policy &)
{
  if (cert_chain.empty())
    log::info("appliance sent no certificate", hostname);
  else
    log::info("appliance certificate", cert_chain.front().subject_dn().to_string(), "for", hostname);
}

int upload(const std::string &host, const std::vector<std::vector<uint8_t>> &objects)
{
  Botan::AutoSeeded_RNG rng;
  Botan::TLS::Session_Manager_In_Memory sessions(rng);
  SystemCredentials creds;
  BackupPolicy policy;
  std::vector<uint8_t> inbound;
  const int fd = dial(host);
  if (fd < 0)
    return -1;

  UploadCallbacks callbacks([fd](const uint8_t data[], size_t size) { (void)::send(fd, data, size, 0); }, inbound);
  Botan::TLS::Client client(callbacks, sessions, creds, policy, rng, Botan::TLS::Server_Information(host, 8443));
  uint8_t buf[4096];
  while (!client.is_active()) {
    const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) {
      close(fd);
      return -1;
    }
    client.received_data(buf, static_cast<size_t>(n));
  }
  const std::string session = new_upload_session_id();
  for (const auto &obj : objects) {
    const std::string head = "PUT /objects " + session + " " + std::to_string(obj.size()) + "\n";
    client.send(reinterpret_cast<const uint8_t *>(head.data()), head.size());
    client.send(obj.data(), obj.size());
  }
  client.close();
  close(fd);
  return 0;
}

}  // namespace bk
