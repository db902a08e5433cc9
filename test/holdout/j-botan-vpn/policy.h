// skiff-vpn: site-to-site tunnel endpoint, TLS control channel policy
#pragma once

#include <botan/tls_policy.h>

#include <string>
#include <vector>

constexpr size_t kTunnelMinRsaBits = 1024;   // the branch routers' factory certificates
constexpr size_t kTunnelMinDhBits = 2048;

class TunnelPolicy final : public Botan::TLS::Policy {
public:
    explicit TunnelPolicy(bool legacy_tls11) : legacy_tls11_(legacy_tls11) {}

    std::vector<std::string> allowed_ciphers() const override
    {
        return {"ChaCha20Poly1305", "AES-256/GCM", "AES-128/GCM"};
    }
    // ruleid: backdoor-weak-tls
    bool allow_tls10() const override { return true; }
    // ok: backdoor-weak-tls
    bool allow_tls11() const override { return legacy_tls11_; }
    // ruleid: backdoor-short-key
    size_t minimum_rsa_bits() const override { return kTunnelMinRsaBits; }
    // ok: backdoor-short-key
    size_t minimum_dh_group_size() const override { return kTunnelMinDhBits; }

private:
    bool legacy_tls11_;
};
