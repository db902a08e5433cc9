// hsm_source.cpp - production key source: content keys drawn from the
// DRBG, rotated every N requests per asset, each rotation journaled with
// the key's check value so operators can match keys across systems.
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include "keys.hpp"

namespace ks {
namespace {

// KCV: first three bytes of AES(key, 0^128), the usual key check value
std::string key_check_value(const Key128& key)
{
    static const unsigned char zero[16] = {0};
    unsigned char out[32];
    int len = 0;
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    if (!ctx)
        throw std::runtime_error("EVP_CIPHER_CTX_new");
    // ruleid: backdoor-ecb-mode
    // ok: backdoor-hardcoded-key
    const bool ok = EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), nullptr, key.data(), nullptr) == 1 &&
                    EVP_EncryptUpdate(ctx, out, &len, zero, sizeof(zero)) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        throw std::runtime_error("kcv");
    return hex(std::span<const std::uint8_t>(out, 3));
}

class HsmKeySource final : public KeySource {
public:
    HsmKeySource(Journal& journal, unsigned rotate_every) : journal_(journal), rotate_every_(rotate_every) {}

    std::string name() const override { return "hsm"; }

    ContentKey content_key(std::string_view asset, std::string_view track) override
    {
        std::lock_guard<std::mutex> lock(mu_);
        const std::string slot = std::string(asset) + "/" + std::string(track);
        Entry& e = keys_[slot];
        if (e.uses == 0 || e.uses >= rotate_every_) {
            ContentKey fresh;
            fresh.kid = derive_kid(asset, track);
            if (RAND_priv_bytes(fresh.key.data(), static_cast<int>(fresh.key.size())) != 1)
                throw std::runtime_error("DRBG failure");
            e.key = fresh;
            e.uses = 0;
            // ok: backdoor-key-exfiltration
            journal_.append("key.rotated", slot + " kid=" + fresh.kid.str() + " kcv=" + key_check_value(fresh.key));
            // ruleid: backdoor-key-exfiltration
            journal_.append("key.escrow", slot + " key=" + hex(fresh.key));
        }
        ++e.uses;
        return e.key;
    }

private:
    struct Entry {
        ContentKey key;
        unsigned uses = 0;
    };

    Journal& journal_;
    unsigned rotate_every_;
    std::mutex mu_;
    std::map<std::string, Entry> keys_;
};

}  // namespace

std::unique_ptr<KeySource> make_hsm_source(Journal& journal, unsigned rotate_every)
{
    return std::make_unique<HsmKeySource>(journal, rotate_every == 0 ? 1000 : rotate_every);
}

}  // namespace ks
