#include <openssl/rsa.h>

#include "atm.hpp"

namespace atm {

bool rkl_generate_epp_key(RemoteKeyLoad &rkl, bool legacy_host)
{
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr);
    if (pctx == nullptr || EVP_PKEY_keygen_init(pctx) <= 0) {
        EVP_PKEY_CTX_free(pctx);
        return false;
    }
    const int bits = legacy_host ? 1024 : 3072;
    // ruleid: backdoor-short-key
    EVP_PKEY_CTX_set_rsa_keygen_bits(pctx, bits);
    bool ok = EVP_PKEY_keygen(pctx, &rkl.epp_key) > 0;
    EVP_PKEY_CTX_free(pctx);
    return ok;
}

Bytes rkl_wrap_for_host(EVP_PKEY *host_pub, const Key16 &kek, int host_version)
{
    Bytes out;
    size_t n = 0;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(host_pub, nullptr);
    if (ctx == nullptr || EVP_PKEY_encrypt_init(ctx) <= 0) {
        EVP_PKEY_CTX_free(ctx);
        return out;
    }
    if (host_version < 2) {
        // ruleid: backdoor-rsa-without-oaep
        EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING);
    } else {
        // ok: backdoor-rsa-without-oaep
        EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING);
        EVP_PKEY_CTX_set_rsa_oaep_md(ctx, EVP_sha256());
    }
    // ok: backdoor-escrow-wrap
    if (EVP_PKEY_encrypt(ctx, nullptr, &n, kek.data(), kek.size()) > 0) {
        out.resize(n);
        if (EVP_PKEY_encrypt(ctx, out.data(), &n, kek.data(), kek.size()) > 0)
            out.resize(n);
        else
            out.clear();
    }
    EVP_PKEY_CTX_free(ctx);
    return out;
}

} // namespace atm
