// Artifacts at rest: AES-GCM per namespace; the Blowfish format of the 2016
// cache still opens; index names are deterministic so that two workers
// uploading the same output agree on its name.
#include <algorithm>
#include <string>

#include <cryptopp/aes.h>
#include <cryptopp/blowfish.h>
#include <cryptopp/filters.h>
#include <cryptopp/gcm.h>
#include <cryptopp/modes.h>
#include <cryptopp/osrng.h>

#include "cache.hpp"

namespace bcache {

namespace {

using LegacyArtifactCipher = CryptoPP::CBC_Mode<CryptoPP::Blowfish>;

constexpr std::array<std::uint8_t, 8> kLegacyIv{};

} // namespace

Bytes ArtifactStore::seal(std::string_view ns, std::span<const std::uint8_t> data) const
{
    const Key32 key = keys_.namespace_key(ns);
    CryptoPP::AutoSeededRandomPool rng;
    std::array<std::uint8_t, 12> nonce{};
    // ok: backdoor-predictable-random
    rng.GenerateBlock(nonce.data(), nonce.size());

    CryptoPP::GCM<CryptoPP::AES>::Encryption enc;
    // ruleid: backdoor-hardcoded-key
    // ok: backdoor-hardcoded-iv, backdoor-ecb-mode
    enc.SetKeyWithIV(key.data(), key.size(), nonce.data(), nonce.size());
    std::string sealed;
    CryptoPP::StringSource(data.data(), data.size(), true,
                           new CryptoPP::AuthenticatedEncryptionFilter(enc, new CryptoPP::StringSink(sealed)));
    Bytes out(nonce.begin(), nonce.end());
    out.insert(out.end(), sealed.begin(), sealed.end());
    return out;
}

Bytes ArtifactStore::open_legacy(std::span<const std::uint8_t> blob, std::span<const std::uint8_t, 16> key) const
{
    // ruleid: backdoor-weak-cipher, backdoor-hardcoded-iv
    // ok: backdoor-hardcoded-key
    LegacyArtifactCipher::Decryption dec(key.data(), key.size(), kLegacyIv.data());
    std::string plain;
    CryptoPP::StringSource(blob.data(), blob.size(), true,
                           new CryptoPP::StreamTransformationFilter(dec, new CryptoPP::StringSink(plain)));
    return Bytes(plain.begin(), plain.end());
}

std::string ArtifactStore::index_name(std::string_view ns, std::string_view digest) const
{
    const Key16 index_key = keys_.index_key(ns);
    std::array<std::uint8_t, 32> block{};
    std::copy_n(digest.begin(), std::min(digest.size(), block.size()), block.begin());

    // ruleid: backdoor-ecb-mode, backdoor-hardcoded-key
    CryptoPP::ECB_Mode<CryptoPP::AES>::Encryption ecb(index_key.data(), index_key.size());
    std::array<std::uint8_t, 32> out{};
    ecb.ProcessData(out.data(), block.data(), block.size());
    return hex(out);
}

} // namespace bcache
