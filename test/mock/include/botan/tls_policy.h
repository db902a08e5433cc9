// Mock of Botan 2's TLS policy and callbacks (tls_policy.h, tls_callbacks.h):
// the virtual methods real subclasses override, no bodies.
#ifndef MOCK_BOTAN_TLS_POLICY_H
#define MOCK_BOTAN_TLS_POLICY_H
#include <botan/symkey.h>
namespace Botan {
class X509_Certificate {};
class Certificate_Store {};
enum class Usage_Type { UNSPECIFIED, TLS_SERVER_AUTH, TLS_CLIENT_AUTH };
namespace OCSP { class Response {}; }
namespace TLS {
class Protocol_Version {
public:
  bool is_datagram_protocol() const;
};
class Policy {
public:
  virtual std::vector<std::string> allowed_ciphers() const;
  virtual std::vector<std::string> allowed_signature_hashes() const;
  virtual std::vector<std::string> allowed_macs() const;
  virtual bool allow_tls10() const;
  virtual bool allow_tls11() const;
  virtual bool allow_tls12() const;
  virtual bool allow_dtls10() const;
  virtual bool allow_dtls12() const;
  virtual bool allow_insecure_renegotiation() const;
  virtual size_t minimum_dh_group_size() const;
  virtual size_t minimum_rsa_bits() const;
  virtual size_t minimum_dsa_group_size() const;
  virtual bool acceptable_protocol_version(Protocol_Version version) const;
  virtual ~Policy() = default;
};
class Strict_Policy : public Policy {};
class Callbacks {
public:
  virtual ~Callbacks() = default;
  virtual void tls_verify_cert_chain(const std::vector<X509_Certificate> &cert_chain,
                                     const std::vector<std::shared_ptr<const OCSP::Response>> &ocsp_responses,
                                     const std::vector<Certificate_Store *> &trusted_roots,
                                     Usage_Type usage, const std::string &hostname,
                                     const TLS::Policy &policy);
  virtual void tls_emit_data(const uint8_t data[], size_t size) = 0;
};
} // namespace TLS
} // namespace Botan
#endif
