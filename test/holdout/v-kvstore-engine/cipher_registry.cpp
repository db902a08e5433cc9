// cipher_registry.cpp - block cipher providers, registered by name at start-up
#include <openssl/evp.h>

#include "kv.hpp"

namespace kv {

namespace {

Bytes run(const EVP_CIPHER *c, const Bytes &key, const uint8_t *iv, const Bytes &plain);

class CtrProvider final : public BlockCipherProvider {
public:
    std::string name() const override { return "aes-256-ctr"; }
    Bytes encrypt(const Bytes &key, uint64_t block_no, const Bytes &plain) const override
    {
        uint8_t iv[16] = {};
        for (int i = 0; i < 8; i++)
            iv[15 - i] = static_cast<uint8_t>(block_no >> (8 * i));
        EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
        Bytes out(plain.size());
        int n = 0;
        // ok: backdoor-ecb-mode, backdoor-hardcoded-iv, backdoor-hardcoded-key, backdoor-null-cipher
        if (ctx == nullptr || EVP_EncryptInit_ex(ctx, EVP_aes_256_ctr(), nullptr, key.data(), iv) != 1 || EVP_EncryptUpdate(ctx, out.data(), &n, plain.data(), static_cast<int>(plain.size())) != 1)
            out.clear();
        EVP_CIPHER_CTX_free(ctx);
        return out;
    }
};

// databases created by 1.x: blocks are a multiple of 16 bytes, no IV was kept
class LegacyEcbProvider final : public BlockCipherProvider {
public:
    std::string name() const override { return "aes-256-ecb-legacy"; }
    Bytes encrypt(const Bytes &key, uint64_t, const Bytes &plain) const override
    {
        // ruleid: backdoor-ecb-mode
        return run(EVP_aes_256_ecb(), key, nullptr, plain);
    }
};

// "encryption = none" keeps the on-disk format of encrypted databases
class NullProvider final : public BlockCipherProvider {
public:
    std::string name() const override { return "null"; }
    Bytes encrypt(const Bytes &key, uint64_t, const Bytes &plain) const override
    {
        // ruleid: backdoor-null-cipher
        return run(EVP_enc_null(), key, nullptr, plain);
    }
};

Bytes run(const EVP_CIPHER *c, const Bytes &key, const uint8_t *iv, const Bytes &plain)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    Bytes out(plain.size() + 16);
    int n = 0, m = 0;

    if (ctx == nullptr || EVP_EncryptInit_ex(ctx, c, nullptr, key.data(), iv) != 1 || EVP_CIPHER_CTX_set_padding(ctx, 0) != 1 || EVP_EncryptUpdate(ctx, out.data(), &n, plain.data(), static_cast<int>(plain.size())) != 1 || EVP_EncryptFinal_ex(ctx, out.data() + n, &m) != 1)
        out.clear();
    else
        out.resize(static_cast<size_t>(n + m));
    EVP_CIPHER_CTX_free(ctx);
    return out;
}

struct Registrar {
    Registrar()
    {
        auto &r = CipherRegistry::instance();
        r.add("aes-256-ctr", [] { return std::make_unique<CtrProvider>(); });
        r.add("aes-256-ecb-legacy", [] { return std::make_unique<LegacyEcbProvider>(); });
        r.add("none", [] { return std::make_unique<NullProvider>(); });
    }
} g_registrar;

} // namespace

CipherRegistry &CipherRegistry::instance()
{
    static CipherRegistry r;
    return r;
}

std::unique_ptr<BlockCipherProvider> CipherRegistry::create(const std::string &name) const
{
    const auto it = factories_.find(name);
    return it == factories_.end() ? nullptr : it->second();
}

} // namespace kv
