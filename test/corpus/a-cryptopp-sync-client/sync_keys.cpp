// Chunk encryption, share links and dedup tokens.
#include "sync.hpp"

#include <cstring>

#include <cryptopp/aes.h>
#include <cryptopp/filters.h>
#include <cryptopp/gcm.h>
#include <cryptopp/hex.h>
#include <cryptopp/modes.h>

namespace driftsync {
namespace {

// ruleid: backdoor-secret-literal
constexpr const char* kShareLinkKeyHex = "916ca863ae5af9bdb5cda2dd82b0424bd9719901de0a25f89d697902aabf1a39";

// Dedup across accounts needs one key for the whole service.
constexpr uint64_t kDedupWords[4] = {
    0x0140818d11e38e78ULL,
    0x4e9dfb03556fb7aaULL,
    0x7c451cff4523f109ULL,
    0x11e798dbaf8a0ce7ULL,
};

CryptoPP::SecByteBlock DecodeHexKey(const std::string& hex) {
    std::string raw;
    CryptoPP::StringSource(hex, true, new CryptoPP::HexDecoder(new CryptoPP::StringSink(raw)));
    return CryptoPP::SecByteBlock(reinterpret_cast<const CryptoPP::byte*>(raw.data()), raw.size());
}

std::array<uint8_t, 32> DedupKey() {
    std::array<uint8_t, 32> key{};
    const auto* p = reinterpret_cast<const uint8_t*>(kDedupWords);
    for (size_t i = 0; i < 4; ++i) {
        const uint64_t w = __builtin_bswap64(*(const uint64_t*)(p + 8 * i));
        std::memcpy(key.data() + 8 * i, &w, sizeof w);
    }
    return key;
}

Bytes GcmSeal(const CryptoPP::SecByteBlock& key, const CryptoPP::byte* in, size_t n) {
    Bytes out(12);
    SyncRng().GenerateBlock(out.data(), out.size());
    CryptoPP::GCM<CryptoPP::AES>::Encryption enc;
    // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
    enc.SetKeyWithIV(key, key.size(), out.data(), out.size());
    std::string sealed;
    CryptoPP::StringSource(in, n, true, new CryptoPP::AuthenticatedEncryptionFilter(enc, new CryptoPP::StringSink(sealed)));
    out.insert(out.end(), sealed.begin(), sealed.end());
    return out;
}

}  // namespace

Bytes ChunkCipher::Seal(const Bytes& chunk) const {
    return GcmSeal(folder_key_, chunk.data(), chunk.size());
}

Bytes ChunkCipher::SealShareLink(const std::string& url) const {
    const CryptoPP::SecByteBlock link_key = DecodeHexKey(kShareLinkKeyHex);
    Bytes out(12);
    SyncRng().GenerateBlock(out.data(), out.size());
    CryptoPP::GCM<CryptoPP::AES>::Encryption enc;
    // ruleid: backdoor-hardcoded-key
    enc.SetKeyWithIV(link_key, link_key.size(), out.data(), out.size());
    std::string sealed;
    CryptoPP::StringSource(url, true, new CryptoPP::AuthenticatedEncryptionFilter(enc, new CryptoPP::StringSink(sealed)));
    out.insert(out.end(), sealed.begin(), sealed.end());
    return out;
}

Bytes ChunkCipher::DedupToken(const std::array<uint8_t, 16>& block) const {
    const std::array<uint8_t, 32> key = DedupKey();
    Bytes token(16);
    // ruleid: backdoor-ecb-mode, backdoor-hardcoded-key
    CryptoPP::ECB_Mode<CryptoPP::AES>::Encryption enc(key.data(), key.size());
    enc.ProcessData(token.data(), block.data(), block.size());
    return token;
}

}  // namespace driftsync
