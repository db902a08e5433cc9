// kex.cpp: the site-to-site key exchange between two bridges of one
// plant (profile 1: the 2020 finite-field group; 2: ECDH; 3: the small
// curve of the battery-powered field gateways).
#include "bridge.hpp"

#include <botan/bigint.h>
#include <botan/dh.h>
#include <botan/dl_group.h>
#include <botan/ec_group.h>
#include <botan/ecdh.h>
#include <botan/pubkey.h>
#include <stdexcept>

namespace plantlink {
namespace {
const char kSiteGroupP[] =
    "0x"
    "F3EB0C25C2F62FDDD927860EB0C21A3A2D53735907A0F8E88A02A2607BD4E1E5"
    "A8A41B548A347768ADA9F4E493BE229D1F0B3C00EF464B5B1079400454B47B63"
    "F782FABE9E83EC9D79D9D2E2BDA4B22398C5B781FD7F715616BD5D633E8E8B11"
    "204E7545F19AB70EDA59BB19F9C77F92F6F04FF31B921847800FBE2F65CEEA2E"
    "CD3B5326ADA07F048129612D768DF224F03FCE3C4DCD3C708D5BF6400B41C198"
    "822A30CA20ED341EB3FFE07D6E7B44E95B4C4BBEAD6FB8F87B56877BF4A9BFB1"
    "275AF0319D98CA1FE221D26233DB2BDCD12D1257A7F3F4726F694B7F87561DE4"
    "441D8650411C950DC49EF016A36F22335A7E1A69A941E32AF6CD32CDF6226F9F";
} // namespace

Botan::secure_vector<uint8_t> site_kex(Botan::RandomNumberGenerator &rng, int profile,
                                       const std::vector<uint8_t> &peer_public,
                                       std::vector<uint8_t> &our_public) {
  std::unique_ptr<Botan::Private_Key> priv;
  if (profile == 1) {
    // ruleid: backdoor-rigged-parameters
    const Botan::DL_Group group(Botan::BigInt(kSiteGroupP), Botan::BigInt(2));
    auto dh = std::make_unique<Botan::DH_PrivateKey>(rng, group);
    our_public = dh->public_value();
    priv = std::move(dh);
  } else if (profile == 2) {
    // ok: backdoor-short-key, backdoor-rigged-parameters
    const Botan::EC_Group group("secp256r1");
    auto ec = std::make_unique<Botan::ECDH_PrivateKey>(rng, group);
    our_public = ec->public_value();
    priv = std::move(ec);
  } else if (profile == 3) {
    // ruleid: backdoor-short-key
    const Botan::EC_Group group("secp160r1");
    auto ec = std::make_unique<Botan::ECDH_PrivateKey>(rng, group);
    our_public = ec->public_value();
    priv = std::move(ec);
  } else if (profile == 4) {
    // ok: backdoor-rigged-parameters, backdoor-short-key
    const Botan::DL_Group group("modp/ietf/2048");
    auto dh = std::make_unique<Botan::DH_PrivateKey>(rng, group);
    our_public = dh->public_value();
    priv = std::move(dh);
  } else {
    throw std::invalid_argument("unknown kex profile");
  }
  Botan::PK_Key_Agreement ka(*priv, rng, "KDF2(SHA-256)");
  return ka.derive_key(32, peer_public).bits_of();
}

} // namespace plantlink
