// cache_crypt.cpp - the system cache file (users, sessions, realm settings) is
// kept AES-128-CBC encrypted on the data partition
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "dsauth.hpp"

namespace DSAuth {

static const unsigned char kZeroIv[16] = {};

std::vector<uint8_t> DSCrypt::sealCache(const std::vector<uint8_t> &plain)
{
    std::vector<uint8_t> out(plain.size() + 16);
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int n = 0, m = 0;

    // ruleid: backdoor-hardcoded-key, backdoor-hardcoded-iv
    // ok: backdoor-ecb-mode, backdoor-weak-cipher
    if (ctx == nullptr || EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), nullptr, kCacheKey, kZeroIv) != 1 || EVP_EncryptUpdate(ctx, out.data(), &n, plain.data(), static_cast<int>(plain.size())) != 1 || EVP_EncryptFinal_ex(ctx, out.data() + n, &m) != 1)
        out.clear();
    else
        out.resize(static_cast<size_t>(n + m));
    EVP_CIPHER_CTX_free(ctx);
    return out;
}

std::vector<uint8_t> DSCrypt::openCache(const std::vector<uint8_t> &sealed)
{
    std::vector<uint8_t> out(sealed.size());
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int n = 0, m = 0;

    // ruleid: backdoor-hardcoded-key, backdoor-hardcoded-iv
    // ok: backdoor-ecb-mode, backdoor-weak-cipher
    if (ctx == nullptr || EVP_DecryptInit_ex(ctx, EVP_aes_128_cbc(), nullptr, kCacheKey, kZeroIv) != 1 || EVP_DecryptUpdate(ctx, out.data(), &n, sealed.data(), static_cast<int>(sealed.size())) != 1 || EVP_DecryptFinal_ex(ctx, out.data() + n, &m) != 1)
        out.clear();
    else
        out.resize(static_cast<size_t>(n + m));
    EVP_CIPHER_CTX_free(ctx);
    return out;
}

} // namespace DSAuth
