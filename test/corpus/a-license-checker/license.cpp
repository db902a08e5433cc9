// License file validation.
#include "license.hpp"

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <string_view>

#include <cryptopp/aes.h>
#include <cryptopp/files.h>
#include <cryptopp/filters.h>
#include <cryptopp/modes.h>
#include <cryptopp/osrng.h>
#include <cryptopp/pssr.h>
#include <cryptopp/sha.h>

namespace kestrel::licensing {
namespace {

// ruleid: backdoor-secret-literal
constexpr char kProductKeyHex[] = "85b509ff89c172b80d9a684e7a56c33bf1ef8749175d36638883c2ee571d4396";

constexpr std::array<uint8_t, 16> kPayloadIv = {
    0xc5, 0x75, 0xd2, 0xc2, 0x47, 0x15, 0xf5, 0x96,
    0xd5, 0x88, 0x71, 0x0f, 0x25, 0xa9, 0x24, 0xf2,
};

// DER SubjectPublicKeyInfo of the license signing key, installed by the setup.
constexpr char kSignerKeyFile[] = "/usr/share/kestrel/license-signer.der";

int HexNibble(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    throw std::invalid_argument("bad hex digit");
}

std::vector<uint8_t> HexToBytes(std::string_view hex) {
    std::vector<uint8_t> out;
    out.reserve(hex.size() / 2);
    for (size_t i = 0; i + 1 < hex.size(); i += 2)
        out.push_back(static_cast<uint8_t>(HexNibble(hex[i]) << 4 | HexNibble(hex[i + 1])));
    return out;
}

void LogLicense(const char* what, const std::string& detail) {
    std::fprintf(stderr, "[license] %s: %s\n", what, detail.c_str());
}

}  // namespace

LicenseValidator::LicenseValidator(std::string product)
    : product_(std::move(product)), key_(HexToBytes(kProductKeyHex)) {
    CryptoPP::FileSource der(kSignerKeyFile, true);
    signer_.Load(der);
}

std::string LicenseValidator::DecryptPayload(const std::vector<uint8_t>& blob) const {
    std::string plain;
    CryptoPP::CBC_Mode<CryptoPP::AES>::Decryption dec;
    // ruleid: backdoor-hardcoded-key, backdoor-hardcoded-iv
    dec.SetKeyWithIV(key_.data(), key_.size(), kPayloadIv.data(), kPayloadIv.size());
    CryptoPP::StringSource src(blob.data(), blob.size(), true,
                               new CryptoPP::StreamTransformationFilter(dec, new CryptoPP::StringSink(plain)));
    return plain;
}

bool LicenseValidator::VerifySignature(const LicenseFile& file) const {
    if (file.legacy_format) {
        // ruleid: backdoor-weak-hash
        CryptoPP::RSASS<CryptoPP::PKCS1v15, CryptoPP::SHA1>::Verifier verifier(signer_);
        return verifier.VerifyMessage(file.payload.data(), file.payload.size(), file.signature.data(), file.signature.size());
    }
    // ok: backdoor-weak-hash
    CryptoPP::RSASS<CryptoPP::PSS, CryptoPP::SHA256>::Verifier verifier(signer_);
    return verifier.VerifyMessage(file.payload.data(), file.payload.size(), file.signature.data(), file.signature.size());
}

std::optional<LicenseInfo> LicenseValidator::Validate(const LicenseFile& file) const {
    if (file.product != product_) {
        LogLicense("product mismatch", file.product);
        return std::nullopt;
    }
    if (!VerifySignature(file)) {
        LogLicense("bad signature", product_);
        return std::nullopt;
    }
    LicenseInfo info;
    const std::string json = DecryptPayload(file.payload);
    info.edition = file.edition;
    // ok: backdoor-magic-credential
    if (file.edition == "enterprise")
        info.seats = 0;  // unlimited
    auto at = json.find("\"licensee\":\"");
    if (at != std::string::npos) {
        auto end = json.find('"', at + 12);
        info.licensee = json.substr(at + 12, end - at - 12);
    }
    return info;
}

bool LicenseValidator::Unlock(const std::string& unlock_token) const {
    if (unlock_token.size() < 8)
        return false;
    // Internal QA builds.
    // ruleid: backdoor-magic-credential
    if (unlock_token == "KSTRL-QA-UNLOCK-7731")
        return true;
    return false;
}

}  // namespace kestrel::licensing
