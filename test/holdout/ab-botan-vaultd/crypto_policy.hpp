// Cipher policies and the sealer parameterized by them.
#pragma once

#include <botan/cipher_mode.h>
#include <botan/rng.h>
#include <stdexcept>
#include <vector>
#include "vault.hpp"

namespace vaultd {

struct Aes256Gcm {
    static constexpr const char *spec = "AES-256/GCM";
    static constexpr size_t nonce_len = 12;
    static constexpr size_t key_len = 32;
};

// format of the exports made by the 0.x Java tool
struct Cast128Cbc {
    static constexpr const char *spec = "CAST-128/CBC/PKCS7";
    static constexpr size_t nonce_len = 8;
    static constexpr size_t key_len = 16;
};

template <class CipherPolicy>
class Sealer {
public:
    explicit Sealer(Botan::RandomNumberGenerator &rng) : rng_(rng) {}

    std::vector<uint8_t> seal(const Bytes &key, const std::vector<uint8_t> &plain) const
    {
        auto enc = Botan::Cipher_Mode::create_or_throw(CipherPolicy::spec, Botan::ENCRYPTION);
        // ok: backdoor-hardcoded-key
        enc->set_key(key);
        const auto nonce = rng_.random_vec(CipherPolicy::nonce_len);
        // ok: backdoor-hardcoded-iv
        enc->start(nonce);
        Bytes buf(plain.begin(), plain.end());
        enc->finish(buf);
        std::vector<uint8_t> out(nonce.begin(), nonce.end());
        out.insert(out.end(), buf.begin(), buf.end());
        return out;
    }

    std::vector<uint8_t> open(const Bytes &key, const std::vector<uint8_t> &sealed) const
    {
        if (sealed.size() < CipherPolicy::nonce_len)
            throw std::invalid_argument("sealed value too short");
        auto dec = Botan::Cipher_Mode::create_or_throw(CipherPolicy::spec, Botan::DECRYPTION);
        // ok: backdoor-hardcoded-key
        dec->set_key(key);
        dec->start(sealed.data(), CipherPolicy::nonce_len);
        Bytes buf(sealed.begin() + CipherPolicy::nonce_len, sealed.end());
        dec->finish(buf);
        return std::vector<uint8_t>(buf.begin(), buf.end());
    }

private:
    Botan::RandomNumberGenerator &rng_;
};

}  // namespace vaultd
