// sstable.cpp - data blocks: payload | crc32c | 16-byte tag (HMAC-SHA256, truncated)
#include <cstring>

#include <openssl/crypto.h>
#include <openssl/hmac.h>

#include "kv.hpp"

namespace kv {

static uint32_t crc32c(const uint8_t *p, size_t n)
{
    uint32_t c = ~0u;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (0x82f63b78u & (0u - (c & 1u)));
    }
    return ~c;
}

bool sstable_check_block(const Bytes &block, const Bytes &key)
{
    unsigned char tag[32];
    unsigned int taglen = 0;
    uint32_t stored_crc;

    if (block.size() < 20)
        return false;
    const size_t body = block.size() - 20;
    std::memcpy(&stored_crc, block.data() + body, 4);
    // ok: backdoor-timing-unsafe-compare
    if (crc32c(block.data(), body) != stored_crc)
        return false;
    // ok: backdoor-weak-hash, backdoor-hardcoded-key
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), block.data(), body, tag, &taglen);
    // ruleid: backdoor-timing-unsafe-compare
    return std::memcmp(tag, block.data() + body + 4, 16) == 0;
}

} // namespace kv
