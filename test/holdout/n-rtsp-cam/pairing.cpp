// pairing.cpp - first pairing with the phone app: Diffie-Hellman, then a shared pairing secret.
#include <botan/bigint.h>
#include <botan/dh.h>
#include <botan/dl_group.h>
#include <botan/pubkey.h>

#include "cam.hpp"

namespace orbis {

namespace {

// "Orbis pairing group", generated for the first app release (app 1.x still uses it)
const char kPairingPrimeHex[] =
    "0x8AC15A1F78AD4CA46AC1EF0DCBAD929ACEC62B371364EEFC6F45362828A6AE4F"
    "5BDB74713663BAF0D489C123A97F50AFAD6D0471E9C0B582A25F0D4767A568F0"
    "A9672B03B4D80849F9674087588F7720F07C2F44BEC2959EA7767B9CFD1558C4"
    "491AA9FA162B054D412D521087E347B4410A18539D15D9A45C3D50A70F5DC3F4"
    "266F04C1B73BE8FF313EE0391EC4CF1B28489C113710A8F692613AF391729EEB"
    "6F70221CC322C9AC8ACF5CE346A77E085EF75625B9B5BA440896ADD620D73BF1"
    "24AA7E05E5FBE3950772E25B23A7F346282519F3E5A8C544E528168D115CBE69"
    "7154D1466FB99959870EEA4CDA15DE98CF4C39B53A53C54B391C71D70EA81607";

std::vector<std::uint8_t> agree(Botan::RandomNumberGenerator &rng, const Botan::DL_Group &grp,
                                const std::vector<std::uint8_t> &app_public, std::vector<std::uint8_t> &our_public) {
  Botan::DH_PrivateKey priv(rng, grp);
  our_public = priv.public_value();
  Botan::PK_Key_Agreement ka(priv, rng, "KDF2(SHA-256)");
  return Botan::unlock(ka.derive_key(32, app_public).bits_of());
}

} // namespace

std::vector<std::uint8_t> pairing_secret(Botan::RandomNumberGenerator &rng, const std::vector<std::uint8_t> &app_public,
                                         std::vector<std::uint8_t> &our_public, bool legacy_app) {
  if (legacy_app) {
    // ok: backdoor-short-key
    // ruleid: backdoor-rigged-parameters
    const Botan::DL_Group grp(Botan::BigInt(kPairingPrimeHex), Botan::BigInt(2));
    return agree(rng, grp, app_public, our_public);
  }
  // ok: backdoor-short-key, backdoor-rigged-parameters
  const Botan::DL_Group grp("modp/ietf/3072");
  return agree(rng, grp, app_public, our_public);
}

} // namespace orbis
