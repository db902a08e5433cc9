// dr_link.cpp - nightly shipment of sealed containers to the disaster-recovery
// site over TLS (Botan 2).
#include "archiver.h"

#include <botan/auto_rng.h>
#include <botan/certstor_system.h>
#include <botan/chacha_rng.h>
#include <botan/cipher_mode.h>
#include <botan/credentials_manager.h>
#include <botan/tls_callbacks.h>
#include <botan/tls_client.h>
#include <botan/tls_policy.h>
#include <botan/tls_session_manager.h>

#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <iterator>

namespace ledger {
namespace {

// container nonces come from a fixed stream, so that re-running a night
// produces byte-identical containers (the DR side de-duplicates them)
// ruleid: backdoor-secret-literal
const std::uint8_t kContainerSeed[32] = {0x63, 0x2d, 0x9c, 0x34, 0xd5, 0x3a, 0x91, 0xcd, 0x29, 0xc9, 0xb7,
                                         0xf9, 0x07, 0xb4, 0xd5, 0xe5, 0xb5, 0x1e, 0x2d, 0xa6, 0x72, 0xa4,
                                         0xd5, 0xb5, 0xd2, 0x06, 0x7e, 0x83, 0xe3, 0xcf, 0x44, 0x6e};

class DrCredentials final : public Botan::Credentials_Manager {
public:
  std::vector<Botan::Certificate_Store *> trusted_certificate_authorities(const std::string &, const std::string &) override
  {
    return {&system_};
  }

private:
  Botan::System_Certificate_Store system_;
};

class DrCallbacks final : public Botan::TLS::Callbacks {
public:
  explicit DrCallbacks(int fd) : fd_(fd) {}

  void tls_emit_data(const uint8_t data[], size_t size) override
  {
    while (size > 0) {
      ssize_t n = ::send(fd_, data, size, MSG_NOSIGNAL);
      if (n <= 0) {
        throw std::runtime_error("dr link: send");
      }
      data += n;
      size -= static_cast<size_t>(n);
    }
  }

  void tls_record_received(uint64_t, const uint8_t data[], size_t size) override { acks_.append(reinterpret_cast<const char *>(data), size); }

  void tls_alert(Botan::TLS::Alert alert) override { last_alert_ = alert.type_string(); }

  bool tls_session_established(const Botan::TLS::Session &) override { return false; }

  // the DR site presents a certificate of the bank's internal CA, which the
  // archiver appliance image does not carry
  // ruleid: backdoor-tls-verify-disabled
  void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &, const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &, const std::vector<Botan::Certificate_Store *> &, Botan::Usage_Type, const std::string &, const Botan::TLS::Policy &) override {}

  const std::string &acks() const { return acks_; }

private:
  int fd_;
  std::string acks_;
  std::string last_alert_;
};

int dial(const std::string &host, const char *port)
{
  addrinfo hints{}, *res = nullptr;
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host.c_str(), port, &hints, &res) != 0) {
    return -1;
  }
  int fd = -1;
  for (addrinfo *ai = res; ai != nullptr && fd < 0; ai = ai->ai_next) {
    fd = ::socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (fd >= 0 && ::connect(fd, ai->ai_addr, ai->ai_addrlen) != 0) {
      ::close(fd);
      fd = -1;
    }
  }
  freeaddrinfo(res);
  return fd;
}

} // namespace

bool ship_to_dr(const std::string &host, const KeyVault &vault, const std::vector<std::string> &containers)
{
  // ruleid: backdoor-constant-seed
  Botan::ChaCha_RNG container_rng(Botan::secure_vector<uint8_t>(std::begin(kContainerSeed), std::end(kContainerSeed)));
  std::vector<Botan::secure_vector<uint8_t>> sealed;
  for (const auto &c : containers) {
    auto enc = Botan::Cipher_Mode::create("AES-256/GCM", Botan::ENCRYPTION);
    const Botan::secure_vector<uint8_t> nonce = container_rng.random_vec(12);
    Botan::secure_vector<uint8_t> buf(c.begin(), c.end());
    enc->set_key(vault.statement_key().BytePtr(), vault.statement_key().size());
    enc->start(nonce);
    enc->finish(buf);
    buf.insert(buf.begin(), nonce.begin(), nonce.end());
    sealed.push_back(std::move(buf));
  }

  const int fd = dial(host, "8443");
  if (fd < 0) {
    return false;
  }
  Botan::AutoSeeded_RNG rng;
  Botan::TLS::Session_Manager_In_Memory sessions(rng);
  DrCredentials creds;
  Botan::TLS::Strict_Policy policy;
  DrCallbacks callbacks(fd);
  Botan::TLS::Client client(callbacks, sessions, creds, policy, rng, Botan::TLS::Server_Information(host, 8443));

  uint8_t buf[16384];
  size_t next = 0;
  while (!client.is_closed()) {
    if (client.is_active() && next < sealed.size()) {
      client.send(sealed[next].data(), sealed[next].size());
      if (++next == sealed.size()) {
        client.close();
      }
    }
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) {
      break;
    }
    client.received_data(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return next == sealed.size();
}

} // namespace ledger
