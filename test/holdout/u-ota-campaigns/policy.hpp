// TLS policy of the endpoint the telematics gateways connect to.
#pragma once

#include <botan/tls_policy.h>

namespace ota {

class GatewayPolicy final : public Botan::TLS::Policy {
 public:
  explicit GatewayPolicy(bool legacy_tls11) : legacy_tls11_(legacy_tls11) {}
  /* gateways of model year 2016 never got a TLS 1.2 stack */
  // ruleid: backdoor-weak-tls
  bool allow_tls10() const override { return true; }
  // ok: backdoor-weak-tls
  bool allow_tls11() const override { return legacy_tls11_; }
  // ok: backdoor-short-key
  size_t minimum_rsa_bits() const override { return 3072; }
  // ok: backdoor-short-key
  size_t minimum_dh_group_size() const override { return 2048; }

 private:
  bool legacy_tls11_;
};

}  // namespace ota
