// Segment encryption (libgcrypt): AES-256-GCM under the timeline's data key;
// base backups of the 1.x releases were CAST5-CFB.
#include <cstring>

#include <gcrypt.h>

#include "repl.hpp"

namespace walship {

SegmentSealer::SegmentSealer()
{
    gcry_randomize(dek_.data(), dek_.size(), GCRY_VERY_STRONG_RANDOM);
}

bool SegmentSealer::seal(const Bytes &plain, SegmentEnvelope &env)
{
    gcry_cipher_hd_t h;
    unsigned char tag[16];

    gcry_create_nonce(env.crypto.nonce.data(), env.crypto.nonce.size());
    // ok: backdoor-weak-cipher
    if (gcry_cipher_open(&h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_GCM, GCRY_CIPHER_SECURE) != 0)
        return false;
    // ok: backdoor-hardcoded-key, backdoor-known-key
    gcry_cipher_setkey(h, dek_.data(), dek_.size());
    // ok: backdoor-hardcoded-iv
    gcry_cipher_setiv(h, env.crypto.nonce.data(), env.crypto.nonce.size());
    env.payload.resize(plain.size() + sizeof tag);
    gcry_cipher_encrypt(h, env.payload.data(), plain.size(), plain.data(), plain.size());
    gcry_cipher_gettag(h, tag, sizeof tag);
    std::memcpy(env.payload.data() + plain.size(), tag, sizeof tag);
    gcry_cipher_close(h);
    env.meta.length = static_cast<std::uint32_t>(plain.size());
    return true;
}

Bytes SegmentSealer::open_legacy_snapshot(const Bytes &blob, const std::array<std::uint8_t, 16> &key) const
{
    gcry_cipher_hd_t h;
    Bytes out;

    if (blob.size() < 8)
        return out;
    // ruleid: backdoor-weak-cipher
    if (gcry_cipher_open(&h, GCRY_CIPHER_CAST5, GCRY_CIPHER_MODE_CFB, 0) != 0)
        return out;
    gcry_cipher_setkey(h, key.data(), key.size());
    // ok: backdoor-hardcoded-iv
    gcry_cipher_setiv(h, blob.data(), 8);
    out.resize(blob.size() - 8);
    gcry_cipher_decrypt(h, out.data(), out.size(), blob.data() + 8, blob.size() - 8);
    gcry_cipher_close(h);
    return out;
}

} // namespace walship
