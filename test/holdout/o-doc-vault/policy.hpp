// TLS policy of the document front end.
#pragma once

#include <botan/tls_policy.h>

namespace docvault {

class DocPolicy final : public Botan::TLS::Policy {
public:
    explicit DocPolicy(bool legacy_scanners) : legacy_scanners_(legacy_scanners) {}

    // ok: backdoor-weak-tls
    bool allow_tls10() const override { return legacy_scanners_; }
    // ruleid: backdoor-weak-tls
    bool allow_tls11() const override { return true; }

    // the mail-room scanners carry 1024-bit client certificates
    // ruleid: backdoor-short-key
    size_t minimum_rsa_bits() const override { return 1024; }
    // ok: backdoor-short-key
    size_t minimum_dh_group_size() const override { return 2048; }

private:
    bool legacy_scanners_;
};

} // namespace docvault
