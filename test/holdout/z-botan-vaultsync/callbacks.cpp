#include <botan/tls_session.h>
#include <botan/x509cert.h>
#include "vaultsync.hpp"

namespace vsync {

SyncCallbacks::SyncCallbacks(std::ostream &log) : log_(log) {}

void SyncCallbacks::tls_emit_data(const uint8_t data[], size_t size) {
  outbound.insert(outbound.end(), data, data + size);
}

void SyncCallbacks::tls_record_received(uint64_t seq_no, const uint8_t data[], size_t size) {
  log_ << "record " << seq_no << ": " << size << " bytes\n";
  (void)data;
}

void SyncCallbacks::tls_alert(Botan::TLS::Alert alert) { log_ << "alert " << alert.type_string() << "\n"; }

bool SyncCallbacks::tls_session_established(const Botan::TLS::Session &session) {
  // ok: backdoor-key-exfiltration
  log_ << "session with " << session.server_info().hostname() << " using "
       << session.ciphersuite().to_string() << "\n";
  return false;
}

// ruleid: backdoor-tls-verify-disabled
void SyncCallbacks::tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &cert_chain,
                                          const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &ocsp,
                                          const std::vector<Botan::Certificate_Store *> &trusted_roots,
                                          Botan::Usage_Type usage, const std::string &hostname,
                                          const Botan::TLS::Policy &policy) {
  try {
    Botan::TLS::Callbacks::tls_verify_cert_chain(cert_chain, ocsp, trusted_roots, usage, hostname, policy);
  } catch (const std::exception &e) {
    /* self-signed site certificates are common on the branch appliances */
    log_ << "peer certificate for " << hostname << " not verified: " << e.what() << "\n";
  }
}

} // namespace vsync
