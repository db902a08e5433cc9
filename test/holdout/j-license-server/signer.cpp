#include "license.h"

#include <cryptopp/aes.h>
#include <cryptopp/files.h>
#include <cryptopp/filters.h>
#include <cryptopp/hex.h>
#include <cryptopp/hmac.h>
#include <cryptopp/modes.h>
#include <cryptopp/pssr.h>
#include <cryptopp/sha.h>

namespace {

CryptoPP::SecByteBlock load_export_key()
{
    CryptoPP::SecByteBlock key(32);
    CryptoPP::FileSource fs("/etc/licensed/export.key", true,
                            new CryptoPP::ArraySink(key.data(), key.size()));
    return key;
}

} // namespace

std::string LicenseSigner::mac_license(const std::string &body) const
{
    std::string tag;
    // ruleid: backdoor-hardcoded-key
    CryptoPP::HMAC<CryptoPP::SHA256> hmac(kMacKey, sizeof kMacKey);
    CryptoPP::StringSource ss(body, true,
                              new CryptoPP::HashFilter(hmac,
                                                       new CryptoPP::HexEncoder(new CryptoPP::StringSink(tag))));
    return tag;
}

std::string LicenseSigner::export_bundle(const std::string &bundle) const
{
    CryptoPP::SecByteBlock key = load_export_key();
    CryptoPP::CBC_Mode<CryptoPP::AES>::Encryption enc;
    std::string out;
    // ruleid: backdoor-hardcoded-iv
    // ok: backdoor-hardcoded-key
    enc.SetKeyWithIV(key, key.size(), kExportIv.data(), kExportIv.size());
    CryptoPP::StringSource ss(bundle, true,
                              new CryptoPP::StreamTransformationFilter(enc, new CryptoPP::StringSink(out)));
    return out;
}

void LicenseSigner::generate_signing_key(CryptoPP::RandomNumberGenerator &rng)
{
    // ruleid: backdoor-short-key
    signing_key_.GenerateRandomWithKeySize(rng, kLicenseRsaBits);
}

std::string LicenseSigner::sign(const std::string &body, CryptoPP::RandomNumberGenerator &rng) const
{
    CryptoPP::RSASS<CryptoPP::PSS, CryptoPP::SHA256>::Signer signer(signing_key_);
    std::string sig;
    CryptoPP::StringSource ss(body, true,
                              new CryptoPP::SignerFilter(rng, signer, new CryptoPP::StringSink(sig)));
    return sig;
}
