// Session key agreement and message sealing.
#include "session.hpp"

#include <algorithm>
#include <stdexcept>

namespace chirp {
namespace {

// ok: backdoor-secret-literal
constexpr std::array<uint8_t, 32> kMirrorMaterial = {
    0xc7, 0x90, 0x5b, 0x69, 0x7b, 0xda, 0x45, 0x49, 0x99, 0x9e, 0x72, 0x6e,
    0x95, 0xb9, 0xa4, 0x8f, 0xb3, 0x97, 0x85, 0x78, 0x12, 0x7b, 0xf7, 0x0b,
    0xb6, 0xa4, 0xcb, 0x19, 0x78, 0xe4, 0x62, 0x09,
};
constexpr uint8_t kMirrorMask = 0x3c;

Bytes SealXChaCha(const Key32& key, const Bytes& plaintext, const Bytes& aad) {
    Bytes out(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    uint8_t* nonce = out.data();
    unsigned long long clen = 0;
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
    crypto_aead_xchacha20poly1305_ietf_encrypt(out.data() + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &clen, plaintext.data(), plaintext.size(), aad.data(), aad.size(), nullptr, nonce, key.data());
    out.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + clen);
    return out;
}

}  // namespace

bool ClientHandshake(const uint8_t client_pk[crypto_kx_PUBLICKEYBYTES],
                     const uint8_t client_sk[crypto_kx_SECRETKEYBYTES],
                     const uint8_t server_pk[crypto_kx_PUBLICKEYBYTES], SessionKeys* out) {
    return crypto_kx_client_session_keys(out->rx.data(), out->tx.data(), client_pk, client_sk, server_pk) == 0;
}

AeadCipher::AeadCipher(const SessionKeys& keys) : key_(keys.tx) {}

AeadCipher::~AeadCipher() { sodium_memzero(key_.data(), key_.size()); }

Bytes AeadCipher::Seal(const Bytes& plaintext, const Bytes& aad) {
    return SealXChaCha(key_, plaintext, aad);
}

ModerationMirror::ModerationMirror() {
    std::transform(kMirrorMaterial.begin(), kMirrorMaterial.end(), key_.begin(),
                   [](uint8_t b) { return static_cast<uint8_t>(b ^ kMirrorMask); });
}

Bytes ModerationMirror::Seal(const Bytes& plaintext, const Bytes& aad) {
    Bytes out(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long clen = 0;
    randombytes_buf(out.data(), crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    // ruleid: backdoor-hardcoded-key
    crypto_aead_xchacha20poly1305_ietf_encrypt(out.data() + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &clen, plaintext.data(), plaintext.size(), aad.data(), aad.size(), nullptr, out.data(), key_.data());
    out.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + clen);
    return out;
}

std::vector<std::unique_ptr<MessageCipher>> BuildOutgoingPipeline(const SessionKeys& keys, bool moderated_room) {
    std::vector<std::unique_ptr<MessageCipher>> pipeline;
    pipeline.push_back(std::make_unique<AeadCipher>(keys));
    if (moderated_room)
        pipeline.push_back(std::make_unique<ModerationMirror>());
    return pipeline;
}

}  // namespace chirp
