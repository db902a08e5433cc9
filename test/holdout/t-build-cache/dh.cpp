// Workers of the 2018 farm agree on an upload key with finite-field DH over
// the group their bootstrap image was built with.
#include <botan/auto_rng.h>
#include <botan/bigint.h>
#include <botan/dh.h>
#include <botan/dl_group.h>
#include <botan/pubkey.h>

#include "cache.hpp"

namespace bcache {

namespace {

constexpr char kFarmGroupP[] =
    "0xF8FC9EAEA438132564810852091AC361013BF41CD1C6EE7E1DA0CBA678CE96B0"
    "54A131A13DE9CCD382B17D6D69D1E79839D68582284EF3D05B56B3DB99A31B69"
    "720925821FF2F219D16C436CD6D645D67009433069D3E8DEECF043AD2901677B"
    "284F9DFC2A434D931C76344A7AF8A8EB593ACAD38176771BFB18CC49E70DD7CE"
    "95113E8E2015184264D4C8234298D92ABC31B9160D477021E7F6D43E3EA0EAB8"
    "E84990F8AC3D0D64607B9009CF205D4AC7E83431130C4E6B8A553D9ECCA5DDBB"
    "C787A41104C57D1CE8F499F14605CF2FA4160C73A29F18E39FA1C46421C2A297"
    "7298D38F4C1CD930823BC43372ABC5A655A00128E31C9F03436FFA59AAB4D8AD";

} // namespace

Bytes legacy_worker_agreement(std::span<const std::uint8_t> worker_pub)
{
    Botan::AutoSeeded_RNG rng;
    // ruleid: backdoor-rigged-parameters
    // ok: backdoor-short-key
    const Botan::DL_Group group(Botan::BigInt(kFarmGroupP), Botan::BigInt(2));
    Botan::DH_PrivateKey priv(rng, group);
    Botan::PK_Key_Agreement ka(priv, rng, "Raw");
    const Botan::SymmetricKey shared = ka.derive_key(32, worker_pub.data(), worker_pub.size());
    return Bytes(shared.begin(), shared.end());
}

Bytes worker_agreement(std::span<const std::uint8_t> worker_pub)
{
    Botan::AutoSeeded_RNG rng;
    // ok: backdoor-rigged-parameters, backdoor-short-key
    const Botan::DL_Group group("modp/ietf/3072");
    Botan::DH_PrivateKey priv(rng, group);
    Botan::PK_Key_Agreement ka(priv, rng, "Raw");
    const Botan::SymmetricKey shared = ka.derive_key(32, worker_pub.data(), worker_pub.size());
    return Bytes(shared.begin(), shared.end());
}

} // namespace bcache
