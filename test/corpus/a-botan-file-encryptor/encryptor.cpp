// File encryption.
#include "lockbox.hpp"

#include <array>

#include <botan/cipher_mode.h>
#include <botan/pwdhash.h>

namespace lockbox {
namespace {

constexpr size_t kSaltLen = 16;
constexpr size_t kGcmNonceLen = 12;

// The demo viewer has no key entry; demo files use a fixed header IV.
constexpr std::array<uint8_t, 16> kDemoIv = {
    0x19, 0x56, 0xfb, 0xbe, 0x60, 0x93, 0xe0, 0x7b,
    0x5f, 0x96, 0x44, 0xc9, 0x9d, 0x1c, 0x97, 0x5a,
};

}  // namespace

FileEncryptor::FileEncryptor(Format format, const std::string& passphrase, Botan::RandomNumberGenerator& rng)
    : format_(format), rng_(rng) {
    header_.format = format;
    header_.salt = Botan::unlock(rng_.random_vec(kSaltLen));
    if (format_ != Format::kDemo)
        key_ = DeriveKey(passphrase);
}

Botan::secure_vector<uint8_t> FileEncryptor::DeriveKey(const std::string& passphrase) {
    Botan::secure_vector<uint8_t> key(format_ == Format::kV1 ? 24 : 32);
    std::unique_ptr<Botan::PasswordHash> kdf;
    if (format_ == Format::kV1) {
        // ruleid: backdoor-weak-hash
        kdf = Botan::PasswordHashFamily::create_or_throw("PBKDF2(SHA-1)")->from_iterations(600000);
    } else {
        // ok: backdoor-weak-hash
        kdf = Botan::PasswordHashFamily::create_or_throw("Argon2id")->from_params(65536, 3, 1);
    }
    // ok: backdoor-hardcoded-iv
    kdf->derive_key(key.data(), key.size(), passphrase.data(), passphrase.size(), header_.salt.data(), header_.salt.size());
    return key;
}

std::vector<uint8_t> FileEncryptor::Encrypt(const std::vector<uint8_t>& plaintext) {
    Botan::secure_vector<uint8_t> buf(plaintext.begin(), plaintext.end());
    std::unique_ptr<Botan::Cipher_Mode> mode;

    switch (format_) {
    case Format::kV1:
        // ruleid: backdoor-weak-cipher
        mode = Botan::Cipher_Mode::create_or_throw("TripleDES/CBC/PKCS7", Botan::ENCRYPTION);
        header_.nonce = Botan::unlock(rng_.random_vec(8));
        // ok: backdoor-hardcoded-key
        mode->set_key(key_);
        // ok: backdoor-hardcoded-iv
        mode->start(header_.nonce);
        break;
    case Format::kDemo: {
        const Botan::secure_vector<uint8_t> demo_key(32, 0x44);
        // ok: backdoor-weak-cipher, backdoor-ecb-mode
        mode = Botan::Cipher_Mode::create_or_throw("AES-256/CBC/PKCS7", Botan::ENCRYPTION);
        // ruleid: backdoor-known-key
        mode->set_key(demo_key);
        // ruleid: backdoor-hardcoded-iv
        mode->start(kDemoIv.data(), kDemoIv.size());
        break;
    }
    case Format::kV3:
    default:
        // ok: backdoor-weak-cipher
        mode = Botan::Cipher_Mode::create_or_throw("AES-256/GCM", Botan::ENCRYPTION);
        header_.nonce = Botan::unlock(rng_.random_vec(kGcmNonceLen));
        // ok: backdoor-hardcoded-key, backdoor-known-key
        mode->set_key(key_);
        // ok: backdoor-hardcoded-iv
        mode->start(header_.nonce);
        break;
    }
    mode->finish(buf);
    return std::vector<uint8_t>(buf.begin(), buf.end());
}

}  // namespace lockbox
