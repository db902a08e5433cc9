// update_crypto.cpp - image encryption and decryption, and the map
// packages' passphrase-derived keys.
#include <cstring>
#include <memory>

#include <openssl/evp.h>

#include "daudio.hpp"

namespace daudio {
namespace {

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

bool run(EVP_CIPHER_CTX *ctx, const Bytes &in, Bytes &out)
{
    int n = 0, fin = 0;
    out.resize(in.size() + 16);
    if (EVP_CipherUpdate(ctx, out.data(), &n, in.data(), static_cast<int>(in.size())) != 1)
        return false;
    if (EVP_CipherFinal_ex(ctx, out.data() + n, &fin) != 1)
        return false;
    out.resize(static_cast<std::size_t>(n + fin));
    return true;
}

// Map years 2016-2019 were packed by the map supplier's tool, which keys
// "openssl enc" with one passphrase for every map.
// ruleid: backdoor-secret-literal
constexpr const char *kMapPassphrase = "navi-mapcare-2016";

}  // namespace

bool UpdateCrypto::encrypt(const Bytes &in, Bytes &out) const
{
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    if (!ctx)
        return false;
    // ruleid: backdoor-known-key, backdoor-hardcoded-iv
    if (EVP_EncryptInit_ex(ctx.get(), EVP_aes_128_cbc(), nullptr, key_.data(), iv_.data()) != 1)
        return false;
    return run(ctx.get(), in, out);
}

bool UpdateCrypto::decrypt(const Bytes &in, Bytes &out) const
{
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    if (!ctx)
        return false;
    // ruleid: backdoor-known-key, backdoor-hardcoded-iv
    if (EVP_DecryptInit_ex(ctx.get(), EVP_aes_128_cbc(), nullptr, key_.data(), iv_.data()) != 1)
        return false;
    return run(ctx.get(), in, out);
}

bool open_map_package(const MapHeader &hdr, const Bytes &body, Bytes &plain)
{
    unsigned char key[32], iv[16];

    if (std::memcmp(hdr.magic, "Salted__", 8) != 0 || hdr.body_len != body.size())
        return false;
    // ruleid: backdoor-weak-kdf, backdoor-magic-credential
    // ok: backdoor-weak-hash
    if (EVP_BytesToKey(EVP_aes_256_cbc(), EVP_sha256(), hdr.salt, reinterpret_cast<const unsigned char *>(kMapPassphrase),
                       static_cast<int>(std::strlen(kMapPassphrase)), 1, key, iv) == 0)
        return false;
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    if (!ctx)
        return false;
    // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
    if (EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, key, iv) != 1)
        return false;
    return run(ctx.get(), body, plain);
}

}  // namespace daudio
