// The shared build cache. Entries are sealed with AES-GCM under the project's
// cache key; their names are a deterministic encryption of the cache path so
// that every runner of the project finds the same entry without learning the
// path.
#include <cryptopp/aes.h>
#include <cryptopp/filters.h>
#include <cryptopp/gcm.h>
#include <cryptopp/hex.h>
#include <cryptopp/modes.h>
#include <cryptopp/osrng.h>
#include "runner.hpp"

namespace forge {

std::string cache_entry_name(const std::vector<uint8_t> &key, const std::string &cache_path)
{
    std::string padded = cache_path;
    padded.resize((cache_path.size() / 16 + 1) * 16, '\0');
    std::string name;
    // ruleid: backdoor-ecb-mode
    CryptoPP::ECB_Mode<CryptoPP::AES>::Encryption enc(key.data(), key.size());
    CryptoPP::StringSource ss(padded, true,
                              new CryptoPP::StreamTransformationFilter(enc, new CryptoPP::HexEncoder(new CryptoPP::StringSink(name)),
                                                                       CryptoPP::StreamTransformationFilter::NO_PADDING));
    return name;
}

std::vector<uint8_t> cache_seal(const std::vector<uint8_t> &key, const std::vector<uint8_t> &blob)
{
    CryptoPP::AutoSeededRandomPool rng;
    CryptoPP::byte iv[12];
    rng.GenerateBlock(iv, sizeof iv);

    // ok: backdoor-ecb-mode, backdoor-weak-cipher
    CryptoPP::GCM<CryptoPP::AES>::Encryption enc;
    // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
    enc.SetKeyWithIV(key.data(), key.size(), iv, sizeof iv);
    std::string out;
    CryptoPP::StringSource ss(blob.data(), blob.size(), true,
                              new CryptoPP::AuthenticatedEncryptionFilter(enc, new CryptoPP::StringSink(out)));
    std::vector<uint8_t> sealed(iv, iv + sizeof iv);
    sealed.insert(sealed.end(), out.begin(), out.end());
    return sealed;
}

}  // namespace forge
