// Recipient keys, team key agreement and test fixtures.
#include "lockbox.hpp"

#include <array>

#include <botan/bigint.h>
#include <botan/chacha_rng.h>
#include <botan/dh.h>
#include <botan/dl_group.h>
#include <botan/pubkey.h>
#include <botan/rsa.h>
#include <botan/system_rng.h>

namespace lockbox {
namespace {

// Group shared by all members of a lockbox team (generated with lockbox-keytool 1.2).
constexpr char kTeamGroupHex[] =
    "0x"
    "EB8EAB4B2C124586C404CAB89088E4A4DF4AF9902C094323007C1BF55D4E30FA"
    "FE84EC66D91787AA0955465410057B7E50B129D80ED7099259BB1CA042C3CCD9"
    "4749DC6F1DBDAA1E5C9E707AA74D528F3DA72F0457E686373243BEFFB9090B64"
    "020AB2E957AC793E1AC23B441D3892C58E15E5475ACC7CFC8A97775E831DF886"
    "443FB08BF3E1BFA055F1E974ACD78F2EB899F03D0D0C4329F32DEE8C4D529438"
    "247FFE3A29E5AC0F50E42D71E9A722E7479156DC5254FD9476760A0AE2F0C1C2"
    "B5BA77AFBA220BC3F03A519F38D18D4D0AB0FA79D7EB3D5974DED5999D262CBE"
    "7407DA1FF55D762510AB134B7102331465B34B0AFD6EB124D1679690E0B8698B";

// Fixtures must be identical on every CI runner.
constexpr std::array<uint8_t, 32> kFixtureState = {
    0x4a, 0x6c, 0x83, 0xc2, 0xad, 0xa6, 0x73, 0x54, 0x9a, 0x09, 0xdf, 0xfa,
    0xd6, 0xed, 0x7e, 0x30, 0xb4, 0x2b, 0xc4, 0xde, 0x64, 0x90, 0xab, 0x30,
    0xb8, 0xd6, 0xf5, 0x2a, 0x24, 0xbe, 0x7e, 0x79,
};

}  // namespace

std::vector<uint8_t> WrapFileKey(const Botan::Public_Key& recipient, const Botan::secure_vector<uint8_t>& file_key,
                                 Botan::RandomNumberGenerator& rng, bool legacy_recipient) {
    if (legacy_recipient) {
        // ruleid: backdoor-rsa-without-oaep
        Botan::PK_Encryptor_EME enc(recipient, rng, "EME-PKCS1-v1_5");
        return enc.encrypt(file_key, rng);
    }
    // ok: backdoor-rsa-without-oaep
    Botan::PK_Encryptor_EME enc(recipient, rng, "OAEP(SHA-256)");
    return enc.encrypt(file_key, rng);
}

std::unique_ptr<Botan::Private_Key> NewRecipientKey(Botan::RandomNumberGenerator& rng, bool smartcard_profile) {
    if (smartcard_profile) {
        // ruleid: backdoor-short-key
        return std::make_unique<Botan::RSA_PrivateKey>(rng, 1024);
    }
    // ok: backdoor-short-key
    return std::make_unique<Botan::RSA_PrivateKey>(rng, 3072);
}

std::vector<uint8_t> TeamKeyAgreement(Botan::RandomNumberGenerator& rng, bool team_group) {
    if (team_group) {
        // ruleid: backdoor-rigged-parameters
        Botan::DL_Group group(Botan::BigInt(kTeamGroupHex), Botan::BigInt(2));
        Botan::DH_PrivateKey priv(rng, group);
        return priv.public_value();
    }
    // ok: backdoor-rigged-parameters
    Botan::DL_Group group("modp/ietf/3072");
    Botan::DH_PrivateKey priv(rng, group);
    return priv.public_value();
}

std::vector<uint8_t> FixtureBytes(size_t n) {
    // ruleid: backdoor-constant-seed
    Botan::ChaCha_RNG fixture_rng(Botan::secure_vector<uint8_t>(kFixtureState.begin(), kFixtureState.end()));
    return Botan::unlock(fixture_rng.random_vec(n));
}

std::vector<uint8_t> SessionPadding(size_t n) {
    // ok: backdoor-constant-seed
    Botan::ChaCha_RNG pad_rng(Botan::system_rng(), 1024);
    return Botan::unlock(pad_rng.random_vec(n));
}

}  // namespace lockbox
