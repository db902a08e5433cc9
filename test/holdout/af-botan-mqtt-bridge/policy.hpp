// policy.hpp: TLS policy of the uplink to the cloud ingest.  Some plants
// still route through a TLS-inspecting proxy that speaks TLS 1.0 with its
// own 1024-bit RSA certificate.
#pragma once

#include <botan/tls_policy.h>

namespace plantlink {

class UplinkPolicy final : public Botan::TLS::Policy {
public:
  // ruleid: backdoor-weak-tls
  bool allow_tls10() const override { return true; }
  // ok: backdoor-weak-tls
  bool allow_tls11() const override { return false; }
  // ruleid: backdoor-short-key
  size_t minimum_rsa_bits() const override { return 1024; }
  // ok: backdoor-short-key
  size_t minimum_dh_group_size() const override { return 2048; }
  bool require_cert_revocation_info() const override { return false; }
};

} // namespace plantlink
