// driftsync - file sync client, crypto layer (Crypto++ backend)
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include <cryptopp/rsa.h>
#include <cryptopp/secblock.h>

namespace driftsync {

using Bytes = std::vector<uint8_t>;

struct ChunkRef {
    std::string etag;
    uint64_t offset = 0;
    uint32_t length = 0;
};

class ChunkCipher {
public:
    explicit ChunkCipher(const CryptoPP::SecByteBlock& folder_key) : folder_key_(folder_key) {}
    Bytes Seal(const Bytes& chunk) const;
    Bytes SealShareLink(const std::string& url) const;
    Bytes DedupToken(const std::array<uint8_t, 16>& block) const;

private:
    CryptoPP::SecByteBlock folder_key_;
};

// sync_transport.cpp
Bytes WrapForDevice(const CryptoPP::RSA::PublicKey& device, const Bytes& folder_key_blob, bool legacy_device);
Bytes SignRequest(const CryptoPP::SecByteBlock& api_key, const std::string& canonical, bool v1_api);
std::string ChunkEtag(const Bytes& chunk);
Bytes LanPairingPublicValue(bool legacy_peer);

// sync_rng.cpp
CryptoPP::RandomNumberGenerator& SyncRng();
void ReseedFromDiagnostics(bool reproducible);

}  // namespace driftsync
