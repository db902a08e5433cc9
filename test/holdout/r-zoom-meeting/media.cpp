// media.cpp - RTP payload protection with the meeting key.
#include <memory>

#include "zm.hpp"

namespace zm {

bool MediaEncryptor::seal(const Bytes &rtp_payload, Bytes &out) const
{
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int n = 0, fin = 0;

    if (!ctx || key_.size() != cipher_->key_bytes())
        return false;
    // ruleid: backdoor-ecb-mode
    // ok: backdoor-hardcoded-key
    if (EVP_EncryptInit_ex(ctx.get(), cipher_->cipher(), nullptr, key_.data(), nullptr) != 1)
        return false;
    out.resize(rtp_payload.size() + 16);
    if (EVP_EncryptUpdate(ctx.get(), out.data(), &n, rtp_payload.data(), static_cast<int>(rtp_payload.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), out.data() + n, &fin) != 1)
        return false;
    out.resize(static_cast<std::size_t>(n + fin));
    return true;
}

std::string to_hex(const std::uint8_t *p, std::size_t n)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string s;
    s.reserve(2 * n);
    for (std::size_t i = 0; i < n; i++) {
        s.push_back(digits[p[i] >> 4]);
        s.push_back(digits[p[i] & 0x0f]);
    }
    return s;
}

}  // namespace zm
