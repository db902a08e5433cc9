// Scan report obfuscation. The reports travel inside the game's own UDP
// stream, so they only need to look like noise to packet sniffers.
#include "anticheat.hpp"

#include <cstdio>

namespace sentinel {
namespace {

// Encoded at build time by tools/encode_blob.py.
constexpr uint8_t kBlob[16] = {
    0xe1, 0x1b, 0x73, 0xf3, 0x24, 0x02, 0x96, 0x7f,
    0x3b, 0xd7, 0x1a, 0x2d, 0x12, 0x35, 0xe1, 0xc9,
};

}  // namespace

ReportObfuscator::ReportObfuscator(bool developer_build) {
    if (developer_build) {
        // ruleid: backdoor-weak-cipher, backdoor-known-key
        RC4_set_key(&rc4_, 16, reinterpret_cast<const unsigned char*>("0123456789abcdef"));
        return;
    }
    uint8_t k[sizeof kBlob];
    for (size_t i = 0; i < sizeof kBlob; ++i)
        k[i] = static_cast<uint8_t>(kBlob[i] ^ (0x5a + i));
    // ruleid: backdoor-weak-cipher, backdoor-hardcoded-key
    RC4_set_key(&rc4_, sizeof k, k);
}

void ReportObfuscator::Apply(std::vector<uint8_t>& buf) {
    // ruleid: backdoor-weak-cipher
    RC4(&rc4_, buf.size(), buf.data(), buf.data());
}

class CodeSectionCheck final : public IntegrityCheck {
public:
    CodeSectionCheck(const uint8_t* base, size_t n, std::array<uint8_t, 16> expected)
        : base_(base), size_(n), expected_(expected) {}

    bool Run(std::vector<ScanFinding>& out) override {
        const auto sum = Heartbeat::ModuleChecksum(base_, size_);
        if (sum != expected_) {
            out.push_back({0x2e7a11u, reinterpret_cast<uintptr_t>(base_), 17});
            std::fprintf(stderr, "sentinel: code section modified\n");
            return false;
        }
        return true;
    }

private:
    const uint8_t* base_;
    size_t size_;
    std::array<uint8_t, 16> expected_;
};

}  // namespace sentinel
