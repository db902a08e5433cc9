// RUN: %run-both --checks=backdoor-weak-tls,backdoor-tls-verify-disabled,backdoor-weak-cipher,backdoor-weak-hash,backdoor-short-key %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: botan tls-versions
// coverage: botan tls-verify
// Botan's TLS configuration is a TLS::Policy subclass: its overrides decide
// versions, suites, hashes and key sizes. Certificate checks are
// TLS::Callbacks::tls_verify_cert_chain, which rejects a chain by throwing.
#include <botan/tls_policy.h>

class LegacyPolicy : public Botan::TLS::Policy {
public:
  // ruleid: backdoor-weak-tls
  bool allow_tls10() const override { return true; }
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: 'LegacyPolicy::allow_tls10' returns true, which allows TLS 1.0, broken by BEAST and downgrade attacks; require TLS 1.2 or later [backdoor-weak-tls]
  // ruleid: backdoor-weak-tls
  bool allow_tls11() const override { return 1; }
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: 'LegacyPolicy::allow_tls11' returns true, which allows TLS 1.1, deprecated by RFC 8996; require TLS 1.2 or later [backdoor-weak-tls]
  // ruleid: backdoor-weak-cipher, backdoor-weak-cipher
  std::vector<std::string> allowed_ciphers() const override { return {"AES-256/GCM", "3DES", "RC4"}; }
  // CHECK-MESSAGES: :[[@LINE-1]]:86: warning: '3DES' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // CHECK-MESSAGES: :[[@LINE-2]]:94: warning: 'RC4' selects the broken cipher RC4; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  std::vector<std::string> allowed_signature_hashes() const override {
    std::vector<std::string> hashes = {"SHA-256", "SHA-1"};
    // ruleid: backdoor-weak-hash
    return hashes;
    // CHECK-MESSAGES: :[[@LINE-3]]:51: warning: 'SHA-1' selects the broken hash SHA-1 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  }
  // ruleid: backdoor-short-key
  size_t minimum_dh_group_size() const override { return 1024; }
  // CHECK-MESSAGES: :[[@LINE-1]]:58: warning: 1024-bit Diffie-Hellman key is too small and the shared secret can be computed; use at least 2048 bits [backdoor-short-key]
  // ruleid: backdoor-short-key
  size_t minimum_rsa_bits() const override { return 1024; }
  // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // ruleid: backdoor-weak-tls
  bool acceptable_protocol_version(Botan::TLS::Protocol_Version) const override { return true; }
  // CHECK-MESSAGES: :[[@LINE-1]]:90: warning: 'LegacyPolicy::acceptable_protocol_version' returns true, which accepts every protocol version the peer offers, SSLv3 and TLS 1.0 included; require TLS 1.2 or later [backdoor-weak-tls]
  // ruleid: backdoor-weak-tls
  bool allow_dtls10() const override { return true; }
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: 'LegacyPolicy::allow_dtls10' returns true, which allows DTLS 1.0, the datagram form of TLS 1.1 deprecated by RFC 8996; require DTLS 1.2 or later [backdoor-weak-tls]
  // ruleid: backdoor-weak-tls
  bool allow_insecure_renegotiation() const override { return true; }
  // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: 'LegacyPolicy::allow_insecure_renegotiation' returns true, which allows renegotiation without RFC 5746's binding, so an attacker splices his own request in front of the peer's (CVE-2009-3555) [backdoor-weak-tls]
  // ruleid: backdoor-weak-hash
  std::vector<std::string> allowed_macs() const override { return {"AEAD", "SHA-256", "MD5"}; }
  // CHECK-MESSAGES: :[[@LINE-1]]:87: warning: 'MD5' selects the broken hash MD5 for a message authentication code; use HMAC with SHA-256 or stronger [backdoor-weak-hash]
};

class ModernPolicy : public Botan::TLS::Policy {
public:
  // ok: backdoor-weak-tls
  bool allow_tls10() const override { return false; }
  // ok: backdoor-weak-tls
  bool allow_tls11() const override { return legacy_; }
  // ok: backdoor-weak-cipher
  std::vector<std::string> allowed_ciphers() const override { return {"AES-256/GCM", "ChaCha20Poly1305"}; }
  // ok: backdoor-weak-hash
  std::vector<std::string> allowed_signature_hashes() const override { return {"SHA-384", "SHA-256"}; }
  // ok: backdoor-short-key
  size_t minimum_dh_group_size() const override { return 3072; }
  // ok: backdoor-weak-tls
  bool allow_dtls10() const override { return false; }
  // ok: backdoor-weak-tls
  bool allow_dtls12() const override { return true; }
  // ok: backdoor-weak-tls
  bool allow_insecure_renegotiation() const override { return false; }
  // ok: backdoor-weak-hash
  std::vector<std::string> allowed_macs() const override { return {"AEAD", "SHA-384", "SHA-256"}; }
  // ok: backdoor-weak-tls
  bool acceptable_protocol_version(Botan::TLS::Protocol_Version v) const override {
    return !v.is_datagram_protocol();
  }
  bool legacy_ = false;
};

class TrustingCallbacks : public Botan::TLS::Callbacks {
public:
  void tls_emit_data(const uint8_t data[], size_t size) override;
  // ruleid: backdoor-tls-verify-disabled
  void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &chain,
                             const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &ocsp,
                             const std::vector<Botan::Certificate_Store *> &roots,
                             Botan::Usage_Type usage, const std::string &hostname,
                             const Botan::TLS::Policy &policy) override {
    log("certificate accepted");
  }
  // CHECK-MESSAGES: :[[@LINE-7]]:8: warning: 'TrustingCallbacks::tls_verify_cert_chain' neither throws nor calls 'Callbacks::tls_verify_cert_chain', so every certificate chain is accepted and forged certificates pass [backdoor-tls-verify-disabled]
  void log(const char *what);
};

class PinningCallbacks : public Botan::TLS::Callbacks {
public:
  void tls_emit_data(const uint8_t data[], size_t size) override;
  // ok: backdoor-tls-verify-disabled
  void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &chain,
                             const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &ocsp,
                             const std::vector<Botan::Certificate_Store *> &roots,
                             Botan::Usage_Type usage, const std::string &hostname,
                             const Botan::TLS::Policy &policy) override {
    Botan::TLS::Callbacks::tls_verify_cert_chain(chain, ocsp, roots, usage, hostname, policy);
    check_pin(chain);
  }
  void check_pin(const std::vector<Botan::X509_Certificate> &chain);
};

class ThrowingCallbacks : public Botan::TLS::Callbacks {
public:
  void tls_emit_data(const uint8_t data[], size_t size) override;
  // ok: backdoor-tls-verify-disabled
  void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &chain,
                             const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &ocsp,
                             const std::vector<Botan::Certificate_Store *> &roots,
                             Botan::Usage_Type usage, const std::string &hostname,
                             const Botan::TLS::Policy &policy) override {
    if (!pinned(chain)) reject();
  }
  bool pinned(const std::vector<Botan::X509_Certificate> &chain);
  void reject() { throw 1; }
};
