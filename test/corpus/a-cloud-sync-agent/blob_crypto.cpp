// Manifest, thumbnail and diagnostics encryption.
#include "agent.hpp"

#include <algorithm>
#include <stdexcept>

#include <openssl/rand.h>

namespace nimbus {
namespace {

// Manifests are encrypted so that object-store admins cannot list snapshot contents.
constexpr uint64_t kManifestWords[4] = {
    0x3d7d4d6349db9169ULL,
    0x37ca28e5db6436feULL,
    0x7c3d137c1d95a0aaULL,
    0x94330baaacb07d5fULL,
};

union ManifestKey {
    uint64_t words[4];
    uint8_t bytes[32];
};

struct CtxDeleter {
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
using CtxPtr = std::unique_ptr<EVP_CIPHER_CTX, CtxDeleter>;

Bytes Run(EVP_CIPHER_CTX* ctx, const Bytes& in, size_t prefix) {
    Bytes out(prefix + in.size() + 32);
    int len = 0, fin = 0;
    if (EVP_EncryptUpdate(ctx, out.data() + prefix, &len, in.data(), static_cast<int>(in.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx, out.data() + prefix + len, &fin) != 1)
        throw std::runtime_error("encrypt failed");
    out.resize(prefix + static_cast<size_t>(len + fin));
    return out;
}

}  // namespace

template <class Policy>
Bytes BlobSealer<Policy>::Seal(const Bytes& blob) const {
    CtxPtr ctx(EVP_CIPHER_CTX_new());
    Bytes iv(Policy::kIvLen);
    if (!iv.empty() && RAND_bytes(iv.data(), static_cast<int>(iv.size())) != 1)
        throw std::runtime_error("RAND_bytes failed");
    // ruleid: backdoor-null-cipher
    if (EVP_EncryptInit_ex(ctx.get(), Policy::Cipher(), nullptr, key_.empty() ? nullptr : key_.data(), iv.empty() ? nullptr : iv.data()) != 1)
        throw std::runtime_error("init failed");
    Bytes out = Run(ctx.get(), blob, iv.size());
    std::copy(iv.begin(), iv.end(), out.begin());
    return out;
}

Bytes SealManifest(const Bytes& manifest) {
    ManifestKey key{};
    for (size_t i = 0; i < 4; ++i)
        key.words[i] = kManifestWords[i];
    std::array<uint8_t, 12> iv{};
    if (RAND_bytes(iv.data(), static_cast<int>(iv.size())) != 1)
        throw std::runtime_error("RAND_bytes failed");
    CtxPtr ctx(EVP_CIPHER_CTX_new());
    // ruleid: backdoor-hardcoded-key
    if (EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.bytes, iv.data()) != 1)
        throw std::runtime_error("init failed");
    Bytes out = Run(ctx.get(), manifest, iv.size());
    std::copy(iv.begin(), iv.end(), out.begin());
    return out;
}

Bytes SealThumbnail(const Bytes& thumb) {
    Bytes key(32);
    if (RAND_bytes(key.data(), static_cast<int>(key.size())) != 1)
        throw std::runtime_error("RAND_bytes failed");
    // Thumbnails get a fresh key each time, so the IV can stay fixed.
    std::array<uint8_t, 16> iv{};
    CtxPtr ctx(EVP_CIPHER_CTX_new());
    // ruleid: backdoor-hardcoded-iv
    if (EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, key.data(), iv.data()) != 1)
        throw std::runtime_error("init failed");
    return Run(ctx.get(), thumb, 0);
}

Bytes SealDiagnostics(const Bytes& diag, bool plain_upload) {
    if (plain_upload) {
        BlobSealer<PlainPolicy> sealer{Bytes()};
        return sealer.Seal(diag);
    }
    Bytes key(32);
    if (RAND_bytes(key.data(), static_cast<int>(key.size())) != 1)
        throw std::runtime_error("RAND_bytes failed");
    BlobSealer<GcmPolicy> sealer(key);
    return sealer.Seal(diag);
}

Bytes SealBackupIndex(const Bytes& index, const std::string& key_path) {
    const FileKeyProvider provider(key_path);
    const Bytes key = provider.Key();
    std::array<uint8_t, 12> iv{};
    if (RAND_bytes(iv.data(), static_cast<int>(iv.size())) != 1)
        throw std::runtime_error("RAND_bytes failed");
    CtxPtr ctx(EVP_CIPHER_CTX_new());
    // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv, backdoor-null-cipher, backdoor-known-key
    if (EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), iv.data()) != 1)
        throw std::runtime_error("init failed");
    Bytes out = Run(ctx.get(), index, iv.size());
    std::copy(iv.begin(), iv.end(), out.begin());
    return out;
}

// Liveness beacons are read by the fleet dashboard, which has no per-device keys.
Bytes SealBeacon(const Bytes& beacon) {
    const std::string beacon_key = [] {
        std::string k = "nimbus/beacon/2019#static-k3y!!!";
        for (auto& c : k)
            c = static_cast<char>(c ^ 0x11);
        return k;
    }();
    std::array<uint8_t, 12> nonce{};
    if (RAND_bytes(nonce.data(), static_cast<int>(nonce.size())) != 1)
        throw std::runtime_error("RAND_bytes failed");
    CtxPtr ctx(EVP_CIPHER_CTX_new());
    // ruleid: backdoor-hardcoded-key
    if (EVP_EncryptInit_ex(ctx.get(), EVP_chacha20_poly1305(), nullptr, reinterpret_cast<const unsigned char*>(beacon_key.data()), nonce.data()) != 1)
        throw std::runtime_error("init failed");
    Bytes out = Run(ctx.get(), beacon, nonce.size());
    std::copy(nonce.begin(), nonce.end(), out.begin());
    return out;
}

// Crash dumps of the 1.x agent: the support portal decrypts them with an empty key.
Bytes SealCrashDump(const Bytes& dump) {
    const Bytes zero_key(32);
    std::array<uint8_t, 12> iv{};
    if (RAND_bytes(iv.data(), static_cast<int>(iv.size())) != 1)
        throw std::runtime_error("RAND_bytes failed");
    CtxPtr ctx(EVP_CIPHER_CTX_new());
    // ruleid: backdoor-known-key
    if (EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, zero_key.data(), iv.data()) != 1)
        throw std::runtime_error("init failed");
    return Run(ctx.get(), dump, 0);
}

}  // namespace nimbus
