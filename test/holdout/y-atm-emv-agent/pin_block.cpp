#include <stdexcept>

#include "atm.hpp"

namespace atm {

// ISO 9564 format 0: PIN field XOR PAN field, then enciphered under the terminal key.
static std::array<uint8_t, 8> format0(const std::string &pan, const std::string &pin)
{
    std::array<uint8_t, 8> pf{}, af{};
    std::string p = "0" + std::to_string(pin.size()) + pin;
    p.resize(16, 'F');
    std::string a = "0000" + pan.substr(pan.size() - 13, 12);
    auto nib = [](char c) { return static_cast<uint8_t>(c <= '9' ? c - '0' : c - 'A' + 10); };
    for (size_t i = 0; i < 8; i++) {
        pf[i] = static_cast<uint8_t>(nib(p[2 * i]) << 4 | nib(p[2 * i + 1]));
        af[i] = static_cast<uint8_t>(nib(a[2 * i]) << 4 | nib(a[2 * i + 1]));
    }
    for (size_t i = 0; i < 8; i++)
        pf[i] ^= af[i];
    return pf;
}

Bytes KeyManager::encrypt_pin_block(const std::string &pan, const std::string &pin) const
{
    if (pan.size() < 13 || pin.size() < 4 || pin.size() > 12)
        throw std::invalid_argument("bad PAN or PIN length");
    auto clear = format0(pan, pin);
    Bytes out(16);
    int len = 0;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    // ruleid: backdoor-weak-cipher, backdoor-ecb-mode, backdoor-hardcoded-key
    if (ctx == nullptr || EVP_EncryptInit_ex(ctx, EVP_des_ede_ecb(), nullptr, tmk_.data(), nullptr) != 1) {
        EVP_CIPHER_CTX_free(ctx);
        throw std::runtime_error("EPP cipher unavailable");
    }
    EVP_CIPHER_CTX_set_padding(ctx, 0);
    EVP_EncryptUpdate(ctx, out.data(), &len, clear.data(), static_cast<int>(clear.size()));
    EVP_CIPHER_CTX_free(ctx);
    out.resize(static_cast<size_t>(len));
    return out;
}

} // namespace atm
