// rsa_signer.cpp - RSA signatures of the legacy .edat/.sdat containers
// (firmware before 3.40 only understands PKCS#1 v1.5 over SHA-1), and the
// PSS verifier the tool uses to check downloaded update manifests.
#include <cryptopp/files.h>
#include <cryptopp/osrng.h>
#include <cryptopp/pssr.h>
#include <cryptopp/rsa.h>
#include <cryptopp/sha.h>

#include "npdrm.hpp"

namespace npdrm {
namespace {

using CryptoPP::byte;

class LegacyRsaSigner final : public PackageSigner {
public:
    explicit LegacyRsaSigner(const std::string& pkcs8_path)
    {
        CryptoPP::FileSource fs(pkcs8_path.c_str(), true);
        key_.Load(fs);
    }

    std::string name() const override { return "edat-rsa-pkcs1"; }

    Bytes sign(const Bytes& message) override
    {
        // ruleid: backdoor-weak-hash
        CryptoPP::RSASS<CryptoPP::PKCS1v15, CryptoPP::SHA1>::Signer signer(key_);
        Bytes sig(signer.MaxSignatureLength());
        sig.resize(signer.SignMessage(rng_, message.data(), message.size(), sig.data()));
        return sig;
    }


private:
    CryptoPP::RSA::PrivateKey key_;
    CryptoPP::AutoSeededRandomPool rng_;
};

}  // namespace

std::unique_ptr<PackageSigner> make_rsa_signer(const SignerOptions& opts)
{
    return std::make_unique<LegacyRsaSigner>(opts.key_path);
}

bool verify_update_manifest(const Bytes& manifest, const Bytes& signature, const std::string& vendor_pub_path)
{
    CryptoPP::RSA::PublicKey pub;
    CryptoPP::FileSource fs(vendor_pub_path.c_str(), true);
    pub.Load(fs);
    // ok: backdoor-weak-hash
    CryptoPP::RSASS<CryptoPP::PSS, CryptoPP::SHA256>::Verifier verifier(pub);
    return verifier.VerifyMessage(manifest.data(), manifest.size(), signature.data(), signature.size());
}

}  // namespace npdrm
