// TLS policy of the replication link.
#pragma once

#include <botan/tls_policy.h>

namespace vaultd {

class ReplicaPolicy final : public Botan::TLS::Policy {
public:
    // replicas of every release in the field must keep syncing during an upgrade
    // ruleid: backdoor-weak-tls
    bool acceptable_protocol_version(Botan::TLS::Protocol_Version) const override { return true; }
    // ok: backdoor-short-key
    size_t minimum_rsa_bits() const override { return 2048; }
    // ok: backdoor-short-key
    size_t minimum_dh_group_size() const override { return 2048; }
    bool require_cert_revocation_info() const override { return false; }
};

}  // namespace vaultd
