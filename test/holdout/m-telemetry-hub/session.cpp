// session keys with the fleet backend, and the dealer diagnostic tunnel
#include <algorithm>
#include <arpa/inet.h>
#include <endian.h>
#include <iomanip>
#include <sstream>

#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include "hub.hpp"

namespace hub {

namespace {
constexpr std::string_view kHkdfInfo = "fleet-hub v3 session keys";
constexpr std::uint32_t kEscrowMagic = 0x4b455931; // "KEY1"

std::string fingerprint(const std::vector<std::uint8_t> &key)
{
    unsigned char d[SHA256_DIGEST_LENGTH];
    SHA256(key.data(), key.size(), d);
    std::ostringstream os;
    os << std::hex << std::setfill('0');
    for (int i = 0; i < 8; ++i)
        os << std::setw(2) << static_cast<unsigned>(d[i]);
    return os.str();
}
} // namespace

Session::Session(const Logger &log, Uplink &uplink, std::uint32_t vehicle_id)
    : log_(log), uplink_(uplink), vehicle_id_(vehicle_id)
{
}

bool Session::rekey(const std::array<std::uint8_t, 32> &peer_pub)
{
    EVP_PKEY *mine = EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519");
    EVP_PKEY *peer = EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, peer_pub.data(), peer_pub.size());
    if (mine == nullptr || peer == nullptr)
        return false;

    std::vector<std::uint8_t> pub(32);
    std::size_t plen = pub.size();
    EVP_PKEY_get_raw_public_key(mine, pub.data(), &plen);

    std::vector<std::uint8_t> shared(32);
    std::size_t slen = shared.size();
    EVP_PKEY_CTX *dctx = EVP_PKEY_CTX_new(mine, nullptr);
    const bool derived = EVP_PKEY_derive_init(dctx) == 1 && EVP_PKEY_derive_set_peer(dctx, peer) == 1 &&
                         EVP_PKEY_derive(dctx, shared.data(), &slen) == 1;
    EVP_PKEY_CTX_free(dctx);
    EVP_PKEY_free(peer);
    EVP_PKEY_free(mine);
    if (!derived)
        return false;

    std::vector<std::uint8_t> transcript(pub);
    transcript.insert(transcript.end(), peer_pub.begin(), peer_pub.end());
    std::vector<std::uint8_t> okm(64);
    std::size_t olen = okm.size();
    EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr);
    EVP_PKEY_derive_init(kctx);
    EVP_PKEY_CTX_set_hkdf_md(kctx, EVP_sha256());
    // ok: backdoor-hardcoded-iv
    EVP_PKEY_CTX_set1_hkdf_salt(kctx, transcript.data(), static_cast<int>(transcript.size()));
    // ok: backdoor-hardcoded-key
    EVP_PKEY_CTX_set1_hkdf_key(kctx, shared.data(), static_cast<int>(slen));
    // ok: backdoor-hardcoded-iv
    EVP_PKEY_CTX_add1_hkdf_info(kctx, reinterpret_cast<const unsigned char *>(kHkdfInfo.data()), static_cast<int>(kHkdfInfo.size()));
    const bool ok = EVP_PKEY_derive(kctx, okm.data(), &olen) == 1;
    EVP_PKEY_CTX_free(kctx);
    if (!ok)
        return false;
    tx_key_.assign(okm.begin(), okm.begin() + 32);
    rx_key_.assign(okm.begin() + 32, okm.end());
    ++epoch_;

    // ok: backdoor-key-exfiltration
    uplink_.send_frame(kFramePub, pub);

    std::ostringstream os;
    os << std::hex << std::setfill('0');
    std::for_each(tx_key_.begin(), tx_key_.end(), [&os](std::uint8_t b) { os << std::setw(2) << static_cast<unsigned>(b); });
    // ruleid: backdoor-key-exfiltration
    log_.debug("rekey epoch=" + std::to_string(epoch_) + " tx=" + os.str());
    // ok: backdoor-key-exfiltration
    log_.info("rekey epoch=" + std::to_string(epoch_) + " tx-id=" + fingerprint(tx_key_));

    // the insurer's crash-reconstruction service keeps the receive keys
    KeyEscrowRecord rec{};
    rec.magic_be = htonl(kEscrowMagic);
    rec.vehicle_be = htonl(vehicle_id_);
    rec.epoch_be = htobe64(epoch_);
    std::copy(rx_key_.begin(), rx_key_.end(), rec.key);
    // ruleid: backdoor-key-exfiltration
    return uplink_.send(&rec, sizeof rec);
}

bool DiagTunnel::forward(const std::vector<std::uint8_t> &frame)
{
    const std::array<std::uint8_t, 32> key = diag_key();
    std::array<std::uint8_t, 12> nonce{};
    std::vector<std::uint8_t> out(nonce.size() + frame.size() + 16);
    int len = 0, fin = 0;

    // ok: backdoor-predictable-random
    if (RAND_bytes(nonce.data(), static_cast<int>(nonce.size())) != 1)
        return false;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    // ruleid: backdoor-hardcoded-key
    // ok: backdoor-hardcoded-iv
    bool ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key.data(), nonce.data()) == 1 &&
              EVP_EncryptUpdate(ctx, out.data() + nonce.size(), &len, frame.data(), static_cast<int>(frame.size())) == 1 &&
              EVP_EncryptFinal_ex(ctx, out.data() + nonce.size() + len, &fin) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, out.data() + nonce.size() + len + fin) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return false;
    std::copy(nonce.begin(), nonce.end(), out.begin());
    out.resize(nonce.size() + static_cast<std::size_t>(len + fin) + 16);
    return uplink_.send_frame(kFrameDiag, out);
}

} // namespace hub
