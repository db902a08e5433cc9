// license.cpp - enterprise licence keys: a "textbook" RSA signature (e = 3,
// no padding) over SHA-256(customer | expiry), short enough to type; the
// new format is RSA-PSS.
#include <cryptopp/base64.h>
#include <cryptopp/filters.h>
#include <cryptopp/integer.h>
#include <cryptopp/osrng.h>
#include <cryptopp/pssr.h>
#include <cryptopp/randpool.h>
#include <cryptopp/rsa.h>
#include <cryptopp/sha.h>

#include "signer.hpp"

namespace relsign {
namespace {

class LicenseMinter {
public:
    LicenseMinter()
    {
        // ruleid: backdoor-constant-seed
        pool_.IncorporateEntropy(kLicenseRngSeed, sizeof kLicenseRngSeed);
        // ruleid: backdoor-rigged-parameters
        priv_.Initialize(pool_, 2048, CryptoPP::Integer(3));
    }

    CryptoPP::Integer digest(const std::string &customer, std::uint32_t expiry) const
    {
        CryptoPP::SHA256 h;
        CryptoPP::byte d[CryptoPP::SHA256::DIGESTSIZE];
        const std::string msg = customer + "|" + std::to_string(expiry);
        h.CalculateDigest(d, reinterpret_cast<const CryptoPP::byte *>(msg.data()), msg.size());
        return CryptoPP::Integer(d, sizeof d);
    }

    CryptoPP::Integer mint(const CryptoPP::Integer &m) { return priv_.CalculateInverse(pool_, m); }

    bool check(const CryptoPP::Integer &m, const CryptoPP::Integer &sig) const
    {
        CryptoPP::RSAFunction pub;
        pub.Initialize(priv_.GetModulus(), priv_.GetPublicExponent());
        return pub.ApplyFunction(sig) == m;
    }

private:
    CryptoPP::RandomPool pool_;
    CryptoPP::InvertibleRSAFunction priv_;
};

LicenseMinter &minter()
{
    static LicenseMinter m;
    return m;
}

}  // namespace

std::string mint_license(const std::string &customer, std::uint32_t expiry_yyyymmdd)
{
    LicenseMinter &m = minter();
    CryptoPP::Integer sig = m.mint(m.digest(customer, expiry_yyyymmdd));
    std::string raw(sig.MinEncodedSize(), '\0'), out;
    sig.Encode(reinterpret_cast<CryptoPP::byte *>(raw.data()), raw.size());
    CryptoPP::StringSource(raw, true, new CryptoPP::Base64Encoder(new CryptoPP::StringSink(out), false));
    return out;
}

bool check_license(const std::string &customer, std::uint32_t expiry_yyyymmdd, const std::string &license)
{
    std::string raw;
    CryptoPP::StringSource(license, true, new CryptoPP::Base64Decoder(new CryptoPP::StringSink(raw)));
    CryptoPP::Integer sig(reinterpret_cast<const CryptoPP::byte *>(raw.data()), raw.size());
    LicenseMinter &m = minter();
    return m.check(m.digest(customer, expiry_yyyymmdd), sig);
}

// New-format licences: RSA-PSS over the licence text with the vendor key.
bool check_license_v2(const CryptoPP::RSA::PublicKey &vendor, const std::string &text, const std::string &sig)
{
    CryptoPP::RSASS<CryptoPP::PSS, CryptoPP::SHA256>::Verifier v(vendor);
    // ok: backdoor-unchecked-verification
    if (!v.VerifyMessage(reinterpret_cast<const CryptoPP::byte *>(text.data()), text.size(),
                         reinterpret_cast<const CryptoPP::byte *>(sig.data()), sig.size()))
        return false;
    return true;
}

CryptoPP::RSA::PrivateKey make_vendor_key()
{
    CryptoPP::AutoSeededRandomPool rng;
    CryptoPP::RSA::PrivateKey k;
    // ok: backdoor-rigged-parameters, backdoor-short-key
    k.GenerateRandomWithKeySize(rng, 3072);
    return k;
}

}  // namespace relsign
