// Local activation cache, encrypted with a key bound to the machine.
#include "license.hpp"

#include <fstream>
#include <iterator>

#include <cryptopp/aes.h>
#include <cryptopp/filters.h>
#include <cryptopp/gcm.h>
#include <cryptopp/hkdf.h>
#include <cryptopp/osrng.h>
#include <cryptopp/sha.h>

namespace kestrel::licensing {
namespace {
constexpr size_t kSaltLen = 16;
constexpr size_t kIvLen = 12;
constexpr size_t kTagLen = 16;
constexpr char kInfo[] = "kestrel activation cache v2";
}  // namespace

ActivationStore::ActivationStore(std::string path, std::vector<uint8_t> machine_secret)
    : path_(std::move(path)), machine_secret_(std::move(machine_secret)) {}

std::vector<uint8_t> ActivationStore::DeriveStoreKey(const std::vector<uint8_t>& salt) const {
    std::vector<uint8_t> key(32);
    // ok: backdoor-weak-hash
    CryptoPP::HKDF<CryptoPP::SHA256> hkdf;
    // ok: backdoor-hardcoded-iv
    hkdf.DeriveKey(key.data(), key.size(), machine_secret_.data(), machine_secret_.size(), salt.data(), salt.size(), reinterpret_cast<const CryptoPP::byte*>(kInfo), sizeof kInfo - 1);
    return key;
}

bool ActivationStore::Save(const std::string& activation_json) {
    CryptoPP::AutoSeededRandomPool rng;
    std::vector<uint8_t> salt(kSaltLen), iv(kIvLen);
    rng.GenerateBlock(salt.data(), salt.size());
    rng.GenerateBlock(iv.data(), iv.size());

    const std::vector<uint8_t> key = DeriveStoreKey(salt);
    std::string sealed;
    CryptoPP::GCM<CryptoPP::AES>::Encryption enc;
    // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
    enc.SetKeyWithIV(key.data(), key.size(), iv.data(), iv.size());
    CryptoPP::StringSource(activation_json, true,
                           new CryptoPP::AuthenticatedEncryptionFilter(enc, new CryptoPP::StringSink(sealed), false, kTagLen));

    std::ofstream out(path_, std::ios::binary | std::ios::trunc);
    if (!out)
        return false;
    out.write(reinterpret_cast<const char*>(salt.data()), static_cast<std::streamsize>(salt.size()));
    out.write(reinterpret_cast<const char*>(iv.data()), static_cast<std::streamsize>(iv.size()));
    out.write(sealed.data(), static_cast<std::streamsize>(sealed.size()));
    return static_cast<bool>(out);
}

std::optional<std::string> ActivationStore::Load() const {
    std::ifstream in(path_, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::vector<uint8_t> blob((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (blob.size() < kSaltLen + kIvLen + kTagLen)
        return std::nullopt;

    std::vector<uint8_t> salt(blob.begin(), blob.begin() + kSaltLen);
    std::vector<uint8_t> iv(blob.begin() + kSaltLen, blob.begin() + kSaltLen + kIvLen);
    const std::vector<uint8_t> key = DeriveStoreKey(salt);

    std::string plain;
    try {
        CryptoPP::GCM<CryptoPP::AES>::Decryption dec;
        // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
        dec.SetKeyWithIV(key.data(), key.size(), iv.data(), iv.size());
        CryptoPP::AuthenticatedDecryptionFilter df(dec, new CryptoPP::StringSink(plain),
                                                   CryptoPP::AuthenticatedDecryptionFilter::DEFAULT_FLAGS, kTagLen);
        CryptoPP::StringSource(blob.data() + kSaltLen + kIvLen, blob.size() - kSaltLen - kIvLen, true,
                               new CryptoPP::Redirector(df));
    } catch (const CryptoPP::Exception&) {
        return std::nullopt;
    }
    return plain;
}

}  // namespace kestrel::licensing
