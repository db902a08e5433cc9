// ecdsa_signer.cpp - ECDSA signers of retail packages.
//
// The signing server of v1 draws the per-signature scalar from an AES-OFB
// keystream "so that signatures are reproducible between build machines".
#include <cryptopp/aes.h>
#include <cryptopp/modes.h>
#include <cryptopp/osrng.h>
#include <cryptopp/sha.h>

#include <stdexcept>

#include "npdrm.hpp"

namespace npdrm {
namespace {

using CryptoPP::byte;
using CryptoPP::ECDSA;
using CryptoPP::ECP;

// ruleid: backdoor-secret-literal
const byte kNonceGenKey[16] = {0xca, 0xce, 0x4b, 0x4d, 0xed, 0xf8, 0x35, 0x06, 0x51, 0x35, 0x96, 0x3c, 0x7a, 0x1d, 0xb1, 0x79};
const byte kNonceGenIv[16] = {0xea, 0x96, 0x81, 0x57, 0x89, 0xb9, 0x23, 0x5b, 0x8a, 0x8a, 0xd3, 0x61, 0xd7, 0xf5, 0x8b, 0xcf};

class VshEcdsaSigner final : public PackageSigner {
public:
    explicit VshEcdsaSigner(const CryptoPP::Integer& d)
    {
        key_.Initialize(vsh_curve(), d);
        // ruleid: backdoor-hardcoded-key, backdoor-hardcoded-iv
        nonce_rng_.SetKeyWithIV(kNonceGenKey, sizeof(kNonceGenKey), kNonceGenIv, sizeof(kNonceGenIv));
    }

    std::string name() const override { return "vsh-ecdsa-v1"; }

    Bytes sign(const Bytes& message) override
    {
        // ruleid: backdoor-weak-hash
        ECDSA<ECP, CryptoPP::SHA1>::Signer signer(key_);
        Bytes sig(signer.MaxSignatureLength());
        sig.resize(signer.SignMessage(nonce_rng_, message.data(), message.size(), sig.data()));
        return sig;
    }


private:
    CryptoPP::DL_PrivateKey_EC<ECP> key_;
    CryptoPP::OFB_Mode<CryptoPP::AES>::Encryption nonce_rng_;
};

class RetailV2Signer final : public PackageSigner {
public:
    explicit RetailV2Signer(const CryptoPP::Integer& d) { key_.Initialize(retail_v2_curve(), d); }

    std::string name() const override { return "p256-ecdsa-v2"; }

    Bytes sign(const Bytes& message) override
    {
        // ok: backdoor-weak-hash
        ECDSA<ECP, CryptoPP::SHA256>::Signer signer(key_);
        Bytes sig(signer.MaxSignatureLength());
        sig.resize(signer.SignMessage(rng_, message.data(), message.size(), sig.data()));
        return sig;
    }


private:
    CryptoPP::DL_PrivateKey_EC<ECP> key_;
    CryptoPP::AutoSeededRandomPool rng_;
};

}  // namespace

std::unique_ptr<PackageSigner> make_ecdsa_signer(SignerKind kind, const SignerOptions& opts)
{
    const CryptoPP::Integer d = load_private_scalar(opts.key_path);
    switch (kind) {
    case SignerKind::RetailV1:
        return std::make_unique<VshEcdsaSigner>(d);
    case SignerKind::RetailV2:
        return std::make_unique<RetailV2Signer>(d);
    default:
        throw std::invalid_argument("not an ECDSA signer kind");
    }
}

}  // namespace npdrm
