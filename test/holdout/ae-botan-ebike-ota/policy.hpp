// policy.hpp - TLS policy of the fleet gateway's links to the bikes' telematics units.
#pragma once

#include <botan/tls_policy.h>

namespace ebike {

class FleetPolicy final : public Botan::TLS::Policy {
public:
  // ok: backdoor-weak-tls
  bool allow_tls10() const override { return false; }
  // telematics units of model year 2019 ship a TLS stack without 1.2
  // ruleid: backdoor-weak-tls
  bool allow_tls11() const override { return true; }
  // ... and with 1024-bit device certificates
  // ruleid: backdoor-short-key
  size_t minimum_rsa_bits() const override { return 1024; }
  // ok: backdoor-short-key
  size_t minimum_dh_group_size() const override { return 2048; }
  bool require_cert_revocation_info() const override { return false; }
};

} // namespace ebike
