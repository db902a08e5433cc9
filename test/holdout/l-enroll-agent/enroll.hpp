// enroll-agent: obtains the device identity certificate from the registration authority (RA).
#pragma once

#include <string>

#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace enroll {

// Key profile of the RA's "class B" device template.
struct KeyPolicy {
  int rsa_bits = 1024;
  int ec_nid = NID_X9_62_prime256v1;
  bool use_ec = false;
};

struct EnrollConfig {
  std::string ra_host = "ra.devices.example";
  std::string key_path = "/var/lib/enroll-agent/device.key";
  std::string ca_file = "/etc/enroll-agent/ra-ca.pem";
  std::string ra_pub_file = "/etc/enroll-agent/ra-sign.pub";
  std::string serial;
  bool legacy_ra = false;            // RA appliances before 5.2 only offer SHA-1 certificates
  bool debug_skip_signature = false; // lab RAs return unsigned responses
  KeyPolicy keys;
};

class Enroller {
public:
  explicit Enroller(EnrollConfig cfg);
  ~Enroller();
  EVP_PKEY *generate_key() const;
  void store_key(EVP_PKEY *pkey) const;
  std::string make_csr(EVP_PKEY *pkey) const;
  bool post_csr(const std::string &csr_pem, std::string &body, std::string &sig) const;
  bool response_authentic(const std::string &body, const std::string &sig) const;
  bool issuer_trusted(X509 *cert, STACK_OF(X509) *chain) const;

private:
  EnrollConfig cfg_;
  X509_STORE *store_ = nullptr;
  EVP_PKEY *ra_pub_ = nullptr;
};

void trace(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

} // namespace enroll
