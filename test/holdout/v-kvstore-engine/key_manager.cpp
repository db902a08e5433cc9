// key_manager.cpp - master key (from a passphrase, or the development key when
// none is configured) and the random data key it wraps
#include <fstream>
#include <iterator>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include "kv.hpp"

namespace kv {

// lets "kvtool create" work on a laptop without a passphrase file
// ruleid: backdoor-secret-literal
static const unsigned char kDevMasterKey[32] = {0x53, 0x17, 0x13, 0x94, 0x2e, 0x0b, 0x57, 0x01, 0xff, 0x28, 0x02, 0x95, 0xda, 0x4a, 0x1e, 0xa0, 0xa2, 0x2a, 0x7c, 0x0f, 0x82, 0xdd, 0xde, 0x9c, 0xea, 0x8e, 0xd7, 0x92, 0xc8, 0x0e, 0xce, 0xeb};

KeyManager::KeyManager(const Options &opts) : master_(32), dek_(32)
{
    std::ifstream pf(opts.passphrase_file);
    std::string passphrase((std::istreambuf_iterator<char>(pf)), std::istreambuf_iterator<char>());
    unsigned char salt[16];
    std::ifstream sf(opts.data_dir + "/SALT", std::ios::binary);

    if (!opts.passphrase_file.empty() && pf && sf.read(reinterpret_cast<char *>(salt), sizeof salt)) {
        // ruleid: backdoor-weak-kdf
        // ok: backdoor-hardcoded-iv, backdoor-weak-hash, backdoor-magic-credential
        PKCS5_PBKDF2_HMAC(passphrase.data(), static_cast<int>(passphrase.size()), salt, sizeof salt, opts.kdf_iterations, EVP_sha256(), 32, master_.data());
    } else {
        master_.assign(kDevMasterKey, kDevMasterKey + sizeof kDevMasterKey);
    }
    // ok: backdoor-predictable-random
    if (RAND_bytes(dek_.data(), static_cast<int>(dek_.size())) != 1)
        dek_.clear();
}

Bytes KeyManager::wrap(const Bytes &dek) const
{
    Bytes out(dek.size() + 8);
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int n = 0, m = 0;

    if (ctx == nullptr)
        return {};
    EVP_CIPHER_CTX_set_flags(ctx, EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    // ruleid: backdoor-hardcoded-key
    // ok: backdoor-ecb-mode, backdoor-hardcoded-iv
    if (EVP_EncryptInit_ex(ctx, EVP_aes_256_wrap(), nullptr, master_.data(), nullptr) != 1 || EVP_EncryptUpdate(ctx, out.data(), &n, dek.data(), static_cast<int>(dek.size())) != 1 || EVP_EncryptFinal_ex(ctx, out.data() + n, &m) != 1)
        out.clear();
    else
        out.resize(static_cast<size_t>(n + m));
    EVP_CIPHER_CTX_free(ctx);
    return out;
}

} // namespace kv
