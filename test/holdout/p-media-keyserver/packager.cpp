// packager.cpp - encrypts the samples of each track for CMAF packaging:
// 'cenc' (AES-CTR, random 8-byte IVs) for DASH players, 'cbcs' (AES-CBC
// pattern encryption with a constant IV per track) for HLS players.
#include <stdexcept>
#include <vector>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include "packager.hpp"

namespace ks {

namespace {

// The packager signals this IV in the 'tenc' box of every cbcs track.
// ok: backdoor-secret-literal
constexpr Key128 kCbcsConstantIv = {0xe8, 0xa9, 0xd8, 0xe7, 0xf8, 0x2a, 0xe7, 0x85, 0x7d, 0xe5, 0xab, 0x95, 0xe4, 0x6f, 0x06, 0x0a};

void encrypt_sample(EVP_CIPHER_CTX* ctx, const TrackKeys& tk, Scheme scheme, Sample& s)
{
    const EVP_CIPHER* cipher = scheme == Scheme::Cbcs ? EVP_aes_128_cbc() : EVP_aes_128_ctr();
    const std::uint8_t* iv = scheme == Scheme::Cbcs ? kCbcsConstantIv.data() : tk.cenc.iv.data();
    int len = 0;

    // ruleid: backdoor-hardcoded-key, backdoor-hardcoded-iv
    if (EVP_EncryptInit_ex(ctx, cipher, nullptr, tk.cenc.key.data(), iv) != 1)
        throw std::runtime_error("EVP_EncryptInit_ex");
    EVP_CIPHER_CTX_set_padding(ctx, 0);

    std::uint8_t* p = s.data.data() + s.clear_header;
    std::size_t left = s.data.size() - s.clear_header;
    if (scheme == Scheme::Cenc) {
        if (EVP_EncryptUpdate(ctx, p, &len, p, static_cast<int>(left)) != 1)
            throw std::runtime_error("EVP_EncryptUpdate");
        return;
    }
    // cbcs: 1 encrypted block, 9 clear blocks, partial trailing block clear
    const std::size_t pattern = (tk.crypt_byte_block + tk.skip_byte_block) * 16;
    while (left >= 16) {
        const std::size_t n = std::min<std::size_t>(tk.crypt_byte_block * 16, left - left % 16);
        if (EVP_EncryptUpdate(ctx, p, &len, p, static_cast<int>(n)) != 1)
            throw std::runtime_error("EVP_EncryptUpdate");
        if (left <= pattern)
            break;
        p += pattern;
        left -= pattern;
    }
}

}  // namespace

void package_asset(Asset& asset, KeySource& source)
{
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    if (!ctx)
        throw std::runtime_error("EVP_CIPHER_CTX_new");
    for (Track& t : asset.tracks) {
        const ContentKey ck = source.content_key(asset.id, t.name);
        TrackKeys tk;
        tk.kid = ck.kid;
        tk.cenc.key = ck.key;
        if (RAND_bytes(tk.cenc.iv.data(), 8) != 1)
            throw std::runtime_error("RAND_bytes");
        t.keys = tk;
        for (Sample& s : t.samples) {
            encrypt_sample(ctx, t.keys, t.scheme, s);
            // next sample: the 8-byte IV counts up (cenc)
            for (int i = 7; i >= 0 && ++t.keys.cenc.iv[static_cast<std::size_t>(i)] == 0; --i) {
            }
        }
    }
    EVP_CIPHER_CTX_free(ctx);
}

}  // namespace ks
