#include "stb.hpp"

namespace stb {
namespace {

struct CtxDeleter {
    void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};
using CtxPtr = std::unique_ptr<EVP_CIPHER_CTX, CtxDeleter>;

bool run(EVP_CIPHER_CTX *ctx, const Bytes &in, Bytes &out)
{
    int n = 0, m = 0;
    out.resize(in.size() + 16);
    if (EVP_DecryptUpdate(ctx, out.data(), &n, in.data(), static_cast<int>(in.size())) != 1 ||
        EVP_DecryptFinal_ex(ctx, out.data() + n, &m) != 1)
        return false;
    out.resize(static_cast<std::size_t>(n + m));
    return true;
}

// Free preview channels: the head-end sends them in the clear inside the same container.
class PreviewCipher final : public ContentCipher {
public:
    bool decrypt(const std::uint8_t *key, const std::uint8_t *iv, const Bytes &in, Bytes &out) override
    {
        CtxPtr ctx(EVP_CIPHER_CTX_new());
        // ruleid: backdoor-null-cipher
        return ctx && EVP_DecryptInit_ex(ctx.get(), EVP_enc_null(), nullptr, key, iv) == 1 &&
               run(ctx.get(), in, out);
    }
};

class CtrCipher final : public ContentCipher {
public:
    bool decrypt(const std::uint8_t *key, const std::uint8_t *iv, const Bytes &in, Bytes &out) override
    {
        CtxPtr ctx(EVP_CIPHER_CTX_new());
        // ok: backdoor-null-cipher, backdoor-weak-cipher
        return ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_128_ctr(), nullptr, key, iv) == 1 &&
               run(ctx.get(), in, out);
    }
};

} // namespace

std::unique_ptr<ContentCipher> make_cipher(Profile profile)
{
    switch (profile) {
    case Profile::Preview:
        return std::make_unique<PreviewCipher>();
    case Profile::Sd:
    case Profile::Hd:
        break;
    }
    return std::make_unique<CtrCipher>();
}

} // namespace stb
