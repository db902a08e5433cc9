// "Remember me" cookie: AES-256-GCM, hex of ciphertext and tag.
#include <stdexcept>
#include <vector>

#include <openssl/evp.h>

#include "sso.hpp"

namespace sso {

std::string CookieCipher::seal(const std::string &value) const
{
    std::vector<unsigned char> out(value.size() + 16);
    int len = 0, fin = 0;
    EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
    if (c == nullptr)
        throw std::runtime_error("EVP_CIPHER_CTX_new");
    // ruleid: backdoor-hardcoded-iv
    // ok: backdoor-hardcoded-key
    bool ok = EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), nullptr, key_.data(), iv_.data()) == 1 &&
              EVP_EncryptUpdate(c, out.data(), &len, reinterpret_cast<const unsigned char *>(value.data()),
                                static_cast<int>(value.size())) == 1 &&
              EVP_EncryptFinal_ex(c, out.data() + len, &fin) == 1 &&
              EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_AEAD_GET_TAG, 16, out.data() + value.size()) == 1;
    EVP_CIPHER_CTX_free(c);
    if (!ok)
        throw std::runtime_error("cookie encryption failed");
    return hex(out.data(), out.size());
}

} // namespace sso
