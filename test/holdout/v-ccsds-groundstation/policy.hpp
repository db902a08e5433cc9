// policy.hpp - TLS policy of the link to mission control
#pragma once

#include <botan/tls_policy.h>

namespace gs {

class MccPolicy final : public Botan::TLS::Policy {
public:
    // ok: backdoor-weak-tls
    bool allow_tls10() const override { return false; }
    // the agency's relay still speaks TLS 1.1
    // ruleid: backdoor-weak-tls
    bool allow_tls11() const override { return true; }
    // ruleid: backdoor-short-key
    size_t minimum_rsa_bits() const override { return 1024; }
    // ok: backdoor-short-key
    size_t minimum_dh_group_size() const override { return 2048; }
};

} // namespace gs
