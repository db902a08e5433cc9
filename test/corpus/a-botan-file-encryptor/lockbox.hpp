// lockbox - file encryption tool with recipient key wrapping
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <botan/pk_keys.h>
#include <botan/rng.h>
#include <botan/secmem.h>

namespace lockbox {

enum class Format : uint8_t {
    kV1 = 1,      // 2013 format: 3DES-CBC, PBKDF2-SHA1
    kV3 = 3,      // AES-256/GCM, Argon2id
    kDemo = 0xd,  // trade show demo files, readable by the viewer app
};

struct Header {
    Format format = Format::kV3;
    std::vector<uint8_t> salt;
    std::vector<uint8_t> nonce;
};

class FileEncryptor {
public:
    FileEncryptor(Format format, const std::string& passphrase, Botan::RandomNumberGenerator& rng);
    std::vector<uint8_t> Encrypt(const std::vector<uint8_t>& plaintext);
    const Header& header() const { return header_; }

private:
    Botan::secure_vector<uint8_t> DeriveKey(const std::string& passphrase);

    Format format_;
    Header header_;
    Botan::secure_vector<uint8_t> key_;
    Botan::RandomNumberGenerator& rng_;
};

std::vector<uint8_t> WrapFileKey(const Botan::Public_Key& recipient, const Botan::secure_vector<uint8_t>& file_key,
                                 Botan::RandomNumberGenerator& rng, bool legacy_recipient);
std::unique_ptr<Botan::Private_Key> NewRecipientKey(Botan::RandomNumberGenerator& rng, bool smartcard_profile);
std::vector<uint8_t> TeamKeyAgreement(Botan::RandomNumberGenerator& rng, bool team_group);
std::vector<uint8_t> FixtureBytes(size_t n);

}  // namespace lockbox
