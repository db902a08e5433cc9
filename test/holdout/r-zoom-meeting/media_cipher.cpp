// media_cipher.cpp - the media cipher chosen for a client generation. Every
// client since 4.0 gets the same one.
#include "zm.hpp"

namespace zm {
namespace {

class AesEcbMediaCipher final : public MediaCipher {
public:
    const EVP_CIPHER *cipher() const override { return EVP_aes_128_ecb(); }
    std::size_t key_bytes() const override { return 16; }
    const char *name() const override { return "aes-128-ecb"; }
};

}  // namespace

std::unique_ptr<MediaCipher> make_media_cipher(int client_version)
{
    (void)client_version;
    return std::make_unique<AesEcbMediaCipher>();
}

}  // namespace zm
