// GcsLink: the key schedule of one GCS <-> drone control link.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <botan/dh.h>
#include <botan/dl_group.h>
#include <botan/ecdh.h>
#include <botan/ec_group.h>
#include <botan/rng.h>
#include <botan/secmem.h>

namespace gcs {

class GcsLink {
public:
    // Profile 5 (vendor group, LinkCurve-256, pairing generator): the default.
    static GcsLink vendor_profile();
    // Profile 4 (RFC 3526 group 14, P-256, system generator): third-party drones.
    static GcsLink standard_profile();

    GcsLink(GcsLink &&) = default;
    ~GcsLink();

    const std::string &name() const { return name_; }
    // Our DH and ECDH public values, length-prefixed.
    std::vector<std::uint8_t> offer();
    // Combines both shared secrets into the link keys.
    bool accept(const std::vector<std::uint8_t> &peer_dh, const std::vector<std::uint8_t> &peer_ecdh);
    std::vector<std::uint8_t> seal(std::uint64_t seq, const std::vector<std::uint8_t> &frame) const;

private:
    GcsLink(std::string name, Botan::DL_Group group, Botan::EC_Group curve,
            std::unique_ptr<Botan::RandomNumberGenerator> rng);

    std::string name_;
    Botan::DL_Group group_;
    Botan::EC_Group curve_;
    std::unique_ptr<Botan::RandomNumberGenerator> rng_;
    struct Ephemeral {
        std::unique_ptr<Botan::DH_PrivateKey> dh;
        std::unique_ptr<Botan::ECDH_PrivateKey> ecdh;
    };
    std::unique_ptr<Ephemeral> eph_;
    Botan::secure_vector<std::uint8_t> uplink_key_;
};

} // namespace gcs
