// Smoke test against Debian's libbotan-2-dev: TLS::Policy overrides and a
// certificate-check override, and string specifications, through the real headers.
// REQUIRES: botan-headers
// RUN: %run-both --checks=backdoor-weak-tls,backdoor-tls-verify-disabled,backdoor-weak-cipher,backdoor-ecb-mode,backdoor-short-key,backdoor-rsa-without-oaep %s -- -std=c++17 -I/usr/include/botan-2 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#include <botan/cipher_mode.h>
#include <cstdio>
#include <botan/pubkey.h>
#include <botan/rsa.h>
#include <botan/tls_callbacks.h>
#include <botan/tls_policy.h>

class LegacyPolicy : public Botan::TLS::Policy {
public:
  // ruleid: backdoor-weak-tls
  bool allow_tls10() const override { return true; }
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: 'LegacyPolicy::allow_tls10' returns true, which allows TLS 1.0, broken by BEAST and downgrade attacks; require TLS 1.2 or later [backdoor-weak-tls]
  // ruleid: backdoor-short-key
  size_t minimum_dh_group_size() const override { return 1024; }
  // CHECK-MESSAGES: :[[@LINE-1]]:58: warning: 1024-bit Diffie-Hellman key is too small and the shared secret can be computed; use at least 2048 bits [backdoor-short-key]
  // ok: backdoor-weak-tls
  bool allow_tls11() const override { return false; }
};

class TrustingCallbacks : public Botan::TLS::Callbacks {
public:
  void tls_emit_data(const uint8_t[], size_t) override {}
  void tls_record_received(uint64_t, const uint8_t[], size_t) override {}
  void tls_alert(Botan::TLS::Alert) override {}
  bool tls_session_established(const Botan::TLS::Session &) override { return true; }
  // ruleid: backdoor-tls-verify-disabled
  void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &,
                             const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &,
                             const std::vector<Botan::Certificate_Store *> &, Botan::Usage_Type,
                             const std::string &, const Botan::TLS::Policy &) override {}
  // CHECK-MESSAGES: :[[@LINE-4]]:8: warning: 'TrustingCallbacks::tls_verify_cert_chain' neither throws nor calls 'Callbacks::tls_verify_cert_chain', so every certificate chain is accepted and forged certificates pass [backdoor-tls-verify-disabled]
};

// The base's check inside a try whose handler only logs: the exception that
// rejects the chain is swallowed. A handler that rethrows, or throws its
// own error, still rejects.
class LoggingCallbacks : public TrustingCallbacks {
public:
  // ruleid: backdoor-tls-verify-disabled
  void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &c,
                             const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &o,
                             const std::vector<Botan::Certificate_Store *> &r, Botan::Usage_Type u,
                             const std::string &h, const Botan::TLS::Policy &p) override {
    try {
      Botan::TLS::Callbacks::tls_verify_cert_chain(c, o, r, u, h, p);
    } catch (const std::exception &e) {
      std::fprintf(stderr, "untrusted chain for %s: %s\n", h.c_str(), e.what());
    }
  }
  // CHECK-MESSAGES: :[[@LINE-10]]:8: warning: 'LoggingCallbacks::tls_verify_cert_chain' calls 'Callbacks::tls_verify_cert_chain' but catches what it throws and goes on, so every certificate chain is accepted and forged certificates pass [backdoor-tls-verify-disabled]
};

class AuditingCallbacks : public TrustingCallbacks {
public:
  // ok: backdoor-tls-verify-disabled
  void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &c,
                             const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &o,
                             const std::vector<Botan::Certificate_Store *> &r, Botan::Usage_Type u,
                             const std::string &h, const Botan::TLS::Policy &p) override {
    try {
      Botan::TLS::Callbacks::tls_verify_cert_chain(c, o, r, u, h, p);
    } catch (const std::exception &e) {
      std::fprintf(stderr, "untrusted chain for %s: %s\n", h.c_str(), e.what());
      throw;
    }
  }
};

void specs(Botan::RandomNumberGenerator &rng, const Botan::Public_Key &pub) {
  // ruleid: backdoor-weak-cipher, backdoor-ecb-mode
  auto des = Botan::Cipher_Mode::create("DES/ECB", Botan::ENCRYPTION);
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: 'DES/ECB' selects DES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // CHECK-MESSAGES: :[[@LINE-2]]:41: warning: 'DES/ECB' selects the broken cipher DES; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // ruleid: backdoor-rsa-without-oaep
  Botan::PK_Encryptor_EME enc(pub, rng, "EME-PKCS1-v1_5");
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: 'EME-PKCS1-v1_5' selects PKCS#1 v1.5 padding for RSA encryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
  // ruleid: backdoor-short-key
  Botan::RSA_PrivateKey weak(rng, 1024);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // ok: backdoor-short-key
  Botan::RSA_PrivateKey strong(rng, 3072);
}

// libstdc++'s std::make_unique forwards its arguments to the constructor.
std::unique_ptr<Botan::Private_Key> signer(Botan::RandomNumberGenerator &rng, bool legacy) {
  // ruleid: backdoor-short-key
  if (legacy) return std::make_unique<Botan::RSA_PrivateKey>(rng, 1024);
  // CHECK-MESSAGES: :[[@LINE-1]]:67: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // ok: backdoor-short-key
  return std::make_unique<Botan::RSA_PrivateKey>(rng, 3072);
}
