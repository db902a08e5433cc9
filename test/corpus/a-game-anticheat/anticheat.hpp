// Sentinel anti-cheat client module.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <openssl/rc4.h>

namespace sentinel {

enum class ProtocolVersion : uint8_t { kV1 = 1, kV2 = 2 };

struct ScanFinding {
    uint32_t module_hash;
    uint64_t address;
    uint16_t signature_id;
};

class ReportObfuscator {
public:
    explicit ReportObfuscator(bool developer_build);
    void Apply(std::vector<uint8_t>& buf);

private:
    RC4_KEY rc4_{};
};

class IntegrityCheck {
public:
    virtual ~IntegrityCheck() = default;
    virtual bool Run(std::vector<ScanFinding>& out) = 0;
};

class Heartbeat {
public:
    Heartbeat(ProtocolVersion v, std::vector<uint8_t> session_key)
        : version_(v), session_key_(std::move(session_key)) {}

    std::vector<uint8_t> Build(uint64_t tick, const std::vector<ScanFinding>& findings) const;
    static std::array<uint8_t, 16> ModuleChecksum(const uint8_t* image, size_t n);

private:
    ProtocolVersion version_;
    std::vector<uint8_t> session_key_;
};

bool InitRandom(bool replay_recording);
bool NewChallenge(std::array<uint8_t, 16>& challenge);

}  // namespace sentinel
