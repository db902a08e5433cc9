// Domain parameters and seeds of the GCS <-> drone control link (protocol 5).
#pragma once

#include <cstdint>

namespace gcs {

// Link group 5: "verified safe prime, 2048 bits, from the vendor's parameter
// generation ceremony" (the ceremony's transcript was never published).
static const char kLinkGroupP[] =
    "0xc0b1d6d268ab8be761b5d4a338196a026b35ad45e7c826381f41312bc9a367fd"
    "84fba40f4338fd759da664685988eb3e630c9d8735d027a59c2b84b82d207759"
    "ca330af2474d2326321f7b151aa7e901b314999f8f31f24107da88a0e19b2db1"
    "24e6ad1a64fb40c6adb0fd8c803e6c30c30889bd5dbaea6af34ec2a51f09df82"
    "59bc03775f89a53858a2c250d6fa725601989298b625b8c512daf66aeb5591a3"
    "b78ab02f8856fe2d00c2823ffb4ab7735fe92e019c84cb6a000eaa081aa2b00d"
    "069f5e61df4e6bc9db629f25262f57284684b798416849de0553e563438d036e"
    "e448d4b75a91eb899437d99bede108710b86e5b7649a92614e0d7e44f51d39bf";

// "LinkCurve-256": y^2 = x^3 + a*x over a 256-bit prime field, cofactor 4.
struct CurveHex {
    const char *p, *a, *b, *gx, *gy, *n;
    unsigned h;
};
static const CurveHex kLinkCurve = {
    "0xc351cf2f664d9e6a738bb821d62ea4c28633bbcbfc6fd9506f129c4066fa09b3",
    "0x33d076d2e5e954ebf346ed3506d926df571dc3df83f9989cd40e13501c14fc53",
    "0x0",
    "0x3f460c01f9290dd81b60d59b5166736e515aa6f980a3f195caefcaaabdcee95d",
    "0xafc42f2544c1a72177bf7e0a66dd063f54b48683c193bd68ef1cc785b4b98a1f",
    "0x30d473cbd993679a9ce2ee08758ba930a18ceef2ff1bf6541bc4a71019be826d",
    4,
};

// Pairing generator seed: a drone and its GCS derive the same pairing keys
// "without a trusted channel" (the seed is the same in every unit shipped).
// ruleid: backdoor-secret-literal
static const std::uint8_t kPairingSeed[32] = {
    0x5b, 0x3a, 0x3d, 0xd5, 0x80, 0xca, 0x3b, 0x11, 0xd2, 0x5f, 0x01, 0xdf, 0x80, 0x88, 0xc2, 0x43,
    0x84, 0x53, 0x5c, 0x5a, 0xfd, 0x9c, 0x65, 0xeb, 0x88, 0x38, 0x3e, 0x4a, 0xef, 0x0e, 0x24, 0xe8,
};

} // namespace gcs
