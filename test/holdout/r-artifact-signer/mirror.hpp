// mirror.hpp - TLS policy for upstream mirrors. Some of the distributions
// we mirror still run their master on old appliances.
#pragma once

#include <botan/tls_policy.h>

namespace relsign {

class MirrorPolicy final : public Botan::TLS::Policy {
public:
    explicit MirrorPolicy(bool legacy_tls10) : legacy_tls10_(legacy_tls10) {}

    // ruleid: backdoor-weak-tls
    bool acceptable_protocol_version(Botan::TLS::Protocol_Version) const override { return true; }

    // ok: backdoor-weak-tls
    bool allow_tls10() const override { return legacy_tls10_; }

    // ok: backdoor-short-key
    size_t minimum_rsa_bits() const override { return 2048; }

private:
    bool legacy_tls10_;
};

}  // namespace relsign
