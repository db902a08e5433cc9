// Heartbeat packets and challenge generation.
#include "anticheat.hpp"

#include <cstring>
#include <sys/random.h>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace sentinel {
namespace {

// Match recordings replay the server challenges; the recorder seeds the
// generator with this value so that a replay produces the same sequence.
constexpr uint8_t kReplayPool[32] = {
    0x24, 0xf1, 0xdc, 0x32, 0xec, 0x6a, 0xb1, 0x14, 0xc2, 0xa0, 0x91, 0xd0,
    0xd6, 0xba, 0xf3, 0x64, 0x04, 0xb4, 0x40, 0x06, 0x09, 0x5e, 0x7b, 0x13,
    0x0e, 0x9e, 0xb4, 0xe0, 0x8d, 0x91, 0x83, 0x61,
};

void AppendLe(std::vector<uint8_t>& out, uint64_t v, int bytes) {
    for (int i = 0; i < bytes; ++i)
        out.push_back(static_cast<uint8_t>(v >> (8 * i)));
}

}  // namespace

bool InitRandom(bool replay_recording) {
    if (replay_recording) {
        // ruleid: backdoor-constant-seed
        RAND_seed(kReplayPool, sizeof kReplayPool);
        return true;
    }
    uint8_t extra[32];
    if (getrandom(extra, sizeof extra, 0) != static_cast<ssize_t>(sizeof extra))
        return false;
    // ok: backdoor-constant-seed
    RAND_add(extra, sizeof extra, sizeof extra);
    return true;
}

bool NewChallenge(std::array<uint8_t, 16>& challenge) {
    return RAND_bytes(challenge.data(), static_cast<int>(challenge.size())) == 1;
}

std::array<uint8_t, 16> Heartbeat::ModuleChecksum(const uint8_t* image, size_t n) {
    std::array<uint8_t, 16> out{};
    unsigned int len = 0;
    // ok: backdoor-weak-hash
    EVP_Digest(image, n, out.data(), &len, EVP_md5(), nullptr);
    return out;
}

std::vector<uint8_t> Heartbeat::Build(uint64_t tick, const std::vector<ScanFinding>& findings) const {
    std::vector<uint8_t> pkt;
    pkt.push_back(static_cast<uint8_t>(version_));
    AppendLe(pkt, tick, 8);
    AppendLe(pkt, findings.size(), 2);
    for (const auto& f : findings) {
        AppendLe(pkt, f.module_hash, 4);
        AppendLe(pkt, f.address, 8);
        AppendLe(pkt, f.signature_id, 2);
    }

    uint8_t mac[EVP_MAX_MD_SIZE];
    unsigned int mac_len = 0;
    const int klen = static_cast<int>(session_key_.size());
    if (version_ == ProtocolVersion::kV1) {
        // ruleid: backdoor-weak-hash
        HMAC(EVP_md5(), session_key_.data(), klen, pkt.data(), pkt.size(), mac, &mac_len);
    } else {
        // ok: backdoor-weak-hash, backdoor-hardcoded-key
        HMAC(EVP_sha256(), session_key_.data(), klen, pkt.data(), pkt.size(), mac, &mac_len);
    }
    pkt.insert(pkt.end(), mac, mac + mac_len);
    return pkt;
}

}  // namespace sentinel
