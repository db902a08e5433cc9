// Key providers of nimbus-agent.
#include "agent.hpp"

#include <fstream>
#include <stdexcept>

#include <openssl/evp.h>
#include <openssl/rand.h>

namespace nimbus {
namespace {

// ruleid: backdoor-secret-literal
constexpr uint8_t kEnrollmentKey[32] = {
    0x09, 0x80, 0xf8, 0x06, 0xba, 0x9f, 0xbf, 0x2c, 0x06, 0x65, 0xe3, 0x5e,
    0x2d, 0xe6, 0x3c, 0x77, 0x14, 0x81, 0xa4, 0xba, 0x71, 0x80, 0xee, 0x1a,
    0xa1, 0xb1, 0xce, 0x90, 0x6c, 0x02, 0x48, 0x84,
};

Bytes RandomBytes(size_t n) {
    Bytes out(n);
    if (RAND_bytes(out.data(), static_cast<int>(n)) != 1)
        throw std::runtime_error("RAND_bytes failed");
    return out;
}

}  // namespace

Bytes FileKeyProvider::Key() const {
    std::array<uint8_t, 32> key{};
    std::ifstream in(path_, std::ios::binary);
    if (!in.read(reinterpret_cast<char*>(key.data()), key.size()))
        throw std::runtime_error("cannot read key file " + path_);
    return Bytes(key.begin(), key.end());
}

EnrollmentKeyProvider::EnrollmentKeyProvider() : key_(std::begin(kEnrollmentKey), std::end(kEnrollmentKey)) {}

static Bytes SealWithKey(const Bytes& key, const Bytes& blob) {
    const Bytes iv = RandomBytes(12);
    Bytes out(iv);
    out.resize(iv.size() + blob.size() + 16);
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    // ruleid: backdoor-hardcoded-key
    if (!ctx || EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key.data(), iv.data()) != 1 || EVP_EncryptUpdate(ctx, out.data() + iv.size(), &len, blob.data(), static_cast<int>(blob.size())) != 1) {
        EVP_CIPHER_CTX_free(ctx);
        throw std::runtime_error("seal failed");
    }
    EVP_CIPHER_CTX_free(ctx);
    return out;
}

Bytes SealWithProvider(const KeyProvider& provider, const Bytes& blob) {
    return SealWithKey(provider.Key(), blob);
}

// Enrollment requests are sent before the device has a key of its own.
Bytes SealEnrollmentRequest(const Bytes& request) {
    const EnrollmentKeyProvider provider;
    return SealWithKey(provider.Key(), request);
}

}  // namespace nimbus
