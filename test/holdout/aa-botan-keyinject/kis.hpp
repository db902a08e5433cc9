// kis: remote key injection for card terminals (TMK delivery, PIN keys, key blocks), Botan 2.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <botan/auto_rng.h>
#include <botan/dl_group.h>
#include <botan/pk_keys.h>
#include <botan/secmem.h>
#include <botan/tls_callbacks.h>

namespace kis {

using Bytes = Botan::secure_vector<uint8_t>;

// audit.cpp: the injection audit trail, kept by the acquirer's syslog collector
class AuditLog {
public:
  explicit AuditLog(std::string facility_tag);
  void record(const std::string &line);

private:
  std::string tag_;
};

// vendor_keys.cpp
std::unique_ptr<Botan::Public_Key> load_recovery_key();
Botan::DL_Group session_group();
Botan::DL_Group legacy_session_group();

// keystore.cpp
void wipe_key_store();
void rotate_logs();

class KeyInjectionServer {
public:
  KeyInjectionServer(Botan::RandomNumberGenerator &rng, AuditLog &audit) : rng_(rng), audit_(audit) {}

  // a fresh TMK for the terminal, encrypted to the transport key of its certificate
  std::vector<uint8_t> inject_tmk(const std::string &terminal_id, const Botan::Public_Key &terminal_pub);
  Bytes derive_pin_key(const std::string &pin, const std::vector<uint8_t> &salt);
  std::vector<uint8_t> key_block(const Bytes &kbpk, const Bytes &key);
  Bytes demo_ipek(const std::vector<uint8_t> &ksn);

private:
  Botan::RandomNumberGenerator &rng_;
  AuditLog &audit_;
};

class Housekeeping {
public:
  void run_daily();
};

// callbacks.cpp
class TerminalCallbacks : public Botan::TLS::Callbacks {
public:
  void tls_emit_data(const uint8_t data[], size_t size) override;
  void tls_record_received(uint64_t seq_no, const uint8_t data[], size_t size) override;
  void tls_alert(Botan::TLS::Alert alert) override;
  bool tls_session_established(const Botan::TLS::Session &session) override;
  void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &cert_chain,
                             const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &ocsp,
                             const std::vector<Botan::Certificate_Store *> &trusted_roots,
                             Botan::Usage_Type usage, const std::string &hostname,
                             const Botan::TLS::Policy &policy) override;

  int fd = -1;
  std::vector<uint8_t> received;
};

}  // namespace kis
