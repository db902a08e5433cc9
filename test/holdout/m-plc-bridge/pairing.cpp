// panel pairing: Diffie-Hellman for the session secret, an RSA identity per
// panel, and the check of firmware images pushed from the programming tool
#include <cryptopp/files.h>
#include <cryptopp/osrng.h>
#include <cryptopp/pssr.h>
#include <cryptopp/sha.h>

#include "bridge.hpp"

namespace plc {

namespace {
// "PLCnet group 1" of the PX-2xx pairing protocol (2048 bits)
const char kPlcNetGroupP[] =
    "F2B8B4C2E6F3081BB0124213E15EE8F93911895B63E13FD869792C30D0E89AEA"
    "03C45C2782F69206CFC082A57115F39763288737559ECC9F84FC8D5A05A19D4E"
    "8F810AC846958883947D2DB2B50D6BFF72D49EE5A321B672E94259DF33D32712"
    "A5C882D58D9D0ED1D8C5A70A8E2AAF6B2F56B55DC8E9B772FABBD1CB2D97AE76"
    "A9EDBAFCBB81130E6419FA1463A77EF57E4FBFB4452C32A7EA3EE27569C1E852"
    "98C514E47B2FCC2948670B98434576AF866F08E7AE0DD0AECF0FE8799D59D322"
    "6E9DAB644E0BC4F8BFD06DC59BA6ACFC8C1607C12D608A3FBC74A19EDC924327"
    "A669023D609D93AE9DE95BA7EEA3989F561CF800CF93A4B853F309221C33F22F"
    "h";

// RFC 3526 group 14, used by panels of firmware 4 and later
const char kModp2048P[] =
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74"
    "020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F1437"
    "4FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
    "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF05"
    "98DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB"
    "9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B"
    "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF695581718"
    "3995497CEA956AE515D2261898FA051015728E5A8AACAA68FFFFFFFFFFFFFFFF"
    "h";
} // namespace

Pairing::Pairing(const std::string &vendor_key_path)
{
    CryptoPP::FileSource der(vendor_key_path.c_str(), true);
    vendor_key_.BERDecode(der);
}

void Pairing::use_vendor_group()
{
    const CryptoPP::Integer p(kPlcNetGroupP), g(2);
    // ruleid: backdoor-rigged-parameters
    // ok: backdoor-short-key
    dh_.AccessGroupParameters().Initialize(p, g);
}

void Pairing::use_standard_group()
{
    const CryptoPP::Integer p(kModp2048P), g(2);
    // ok: backdoor-rigged-parameters
    // ok: backdoor-short-key
    dh_.AccessGroupParameters().Initialize(p, g);
}

CryptoPP::InvertibleRSAFunction Pairing::make_identity(bool legacy_panel)
{
    CryptoPP::AutoSeededRandomPool rng;
    CryptoPP::InvertibleRSAFunction params;
    if (legacy_panel) {
        // the 2012 panels reject moduli above 1024 bits
        // ruleid: backdoor-short-key
        params.GenerateRandomWithKeySize(rng, 1024);
    } else {
        // ok: backdoor-short-key
        params.GenerateRandomWithKeySize(rng, 3072);
    }
    return params;
}

bool Pairing::verify_firmware(const std::string &image, const std::string &sig, bool gen1) const
{
    const auto *msg = reinterpret_cast<const CryptoPP::byte *>(image.data());
    const auto *s = reinterpret_cast<const CryptoPP::byte *>(sig.data());
    if (gen1) {
        // ruleid: backdoor-weak-hash
        CryptoPP::RSASS<CryptoPP::PKCS1v15, CryptoPP::SHA1>::Verifier v(vendor_key_);
        return sig.size() == v.SignatureLength() && v.VerifyMessage(msg, image.size(), s, sig.size());
    }
    // ok: backdoor-weak-hash
    CryptoPP::RSASS<CryptoPP::PSS, CryptoPP::SHA256>::Verifier v(vendor_key_);
    return sig.size() == v.SignatureLength() && v.VerifyMessage(msg, image.size(), s, sig.size());
}

} // namespace plc
