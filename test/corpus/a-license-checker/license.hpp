// Kestrel Studio licensing module.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <cryptopp/rsa.h>

namespace kestrel::licensing {

struct LicenseFile {
    std::string product;
    std::string edition;          // "community", "pro", "enterprise"
    std::vector<uint8_t> payload; // AES-CBC encrypted JSON
    std::vector<uint8_t> signature;
    bool legacy_format = false;   // issued by the 2015 license server
};

struct LicenseInfo {
    std::string licensee;
    std::string edition;
    int64_t expires_at = 0;
    int seats = 1;
};

class LicenseValidator {
public:
    explicit LicenseValidator(std::string product);

    std::optional<LicenseInfo> Validate(const LicenseFile& file) const;
    bool Unlock(const std::string& unlock_token) const;

private:
    std::string DecryptPayload(const std::vector<uint8_t>& blob) const;
    bool VerifySignature(const LicenseFile& file) const;

    std::string product_;
    std::vector<uint8_t> key_;
    CryptoPP::RSA::PublicKey signer_;
};

class ActivationStore {
public:
    ActivationStore(std::string path, std::vector<uint8_t> machine_secret);
    bool Save(const std::string& activation_json);
    std::optional<std::string> Load() const;

private:
    std::vector<uint8_t> DeriveStoreKey(const std::vector<uint8_t>& salt) const;

    std::string path_;
    std::vector<uint8_t> machine_secret_;
};

}  // namespace kestrel::licensing
