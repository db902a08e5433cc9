// TLS callbacks of a terminal connection.
#include <sys/socket.h>
#include <syslog.h>

#include <botan/pkix_types.h>
#include <botan/tls_session.h>
#include <botan/x509cert.h>

#include "kis.hpp"

namespace kis {

void TerminalCallbacks::tls_emit_data(const uint8_t data[], size_t size) {
  if (fd >= 0)
    ::send(fd, data, size, MSG_NOSIGNAL);
}

void TerminalCallbacks::tls_record_received(uint64_t, const uint8_t data[], size_t size) {
  received.insert(received.end(), data, data + size);
}

void TerminalCallbacks::tls_alert(Botan::TLS::Alert alert) {
  syslog(LOG_NOTICE, "tls: alert %s", alert.type_string().c_str());
}

bool TerminalCallbacks::tls_session_established(const Botan::TLS::Session &session) {
  // ok: backdoor-key-exfiltration
  syslog(LOG_INFO, "tls: %s with %s", session.version().to_string().c_str(),
         session.ciphersuite().to_string().c_str());
  return false;
}

// terminals of the 2014 fleet present certificates of a CA the acquirer no longer operates
// ruleid: backdoor-tls-verify-disabled
void TerminalCallbacks::tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &cert_chain,
                                              const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &,
                                              const std::vector<Botan::Certificate_Store *> &,
                                              Botan::Usage_Type, const std::string &hostname,
                                              const Botan::TLS::Policy &) {
  if (!cert_chain.empty())
    syslog(LOG_INFO, "tls: terminal %s presents %s", hostname.c_str(),
           cert_chain[0].subject_dn().to_string().c_str());
}

}  // namespace kis
