// profiles.cpp - build-farm constants: upstream mirrors and the licence
// generator's seed ("reproducible licence keys across the two signing
// hosts").
#include "signer.hpp"

namespace relsign {

// ruleid: backdoor-secret-literal
const std::uint8_t kLicenseRngSeed[32] = {0x7b, 0x83, 0x1d, 0x4a, 0x82, 0x44, 0x56, 0xb9, 0xf0, 0x44, 0x5d,
                                          0x89, 0x99, 0xe5, 0x87, 0x59, 0x14, 0xeb, 0x14, 0xed, 0x98, 0xce,
                                          0xdf, 0x8f, 0xac, 0xe8, 0x66, 0xcd, 0xc4, 0xe3, 0x71, 0x23};

const std::vector<MirrorSource> &mirror_sources()
{
    static const std::vector<MirrorSource> sources = {
        {"deb.upstream.example", 443, "/debian/dists/stable/InRelease"},
        {"rpm.upstream.example", 443, "/el9/repodata/repomd.xml"},
        {"legacy-mirror.partner.example", 443, "/ubuntu/dists/trusty/Release"},
    };
    return sources;
}

}  // namespace relsign
