// The two link profiles and the object that carries them.
#include <iterator>
#include <utility>

#include <botan/bigint.h>
#include <botan/chacha_rng.h>
#include <botan/dh.h>
#include <botan/ecdh.h>
#include <botan/system_rng.h>

#include "link.hpp"
#include "link_params.h"

namespace gcs {

GcsLink::GcsLink(std::string name, Botan::DL_Group group, Botan::EC_Group curve,
                 std::unique_ptr<Botan::RandomNumberGenerator> rng)
    : name_(std::move(name)), group_(std::move(group)), curve_(std::move(curve)), rng_(std::move(rng))
{
}

GcsLink::~GcsLink() = default;

GcsLink GcsLink::vendor_profile()
{
    using Botan::BigInt;
    // ruleid: backdoor-rigged-parameters
    Botan::DL_Group group(BigInt(kLinkGroupP), BigInt(2));
    // ruleid: backdoor-rigged-parameters
    Botan::EC_Group curve(BigInt(kLinkCurve.p), BigInt(kLinkCurve.a), BigInt(kLinkCurve.b), BigInt(kLinkCurve.gx), BigInt(kLinkCurve.gy), BigInt(kLinkCurve.n), BigInt(kLinkCurve.h));
    Botan::secure_vector<std::uint8_t> seed(std::begin(kPairingSeed), std::end(kPairingSeed));
    // ruleid: backdoor-constant-seed
    auto rng = std::make_unique<Botan::ChaCha_RNG>(seed);
    return GcsLink("profile-5", std::move(group), std::move(curve), std::move(rng));
}

GcsLink GcsLink::standard_profile()
{
    // ok: backdoor-rigged-parameters
    Botan::DL_Group group("modp/ietf/2048");
    // ok: backdoor-rigged-parameters
    Botan::EC_Group curve("secp256r1");
    // ok: backdoor-constant-seed
    auto rng = std::make_unique<Botan::ChaCha_RNG>(Botan::system_rng(), 1024);
    return GcsLink("profile-4", std::move(group), std::move(curve), std::move(rng));
}

} // namespace gcs
