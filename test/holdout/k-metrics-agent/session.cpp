// The session's key schedule and its reporting.
#include <array>
#include <cstring>
#include <string>
#include <syslog.h>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include "agent.hpp"

namespace magent {

namespace {

bool hkdf_sha256(const std::vector<std::uint8_t> &ikm, const char *info, std::uint8_t *out, std::size_t n)
{
    EVP_KDF *kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    EVP_KDF_CTX *kc = kdf ? EVP_KDF_CTX_new(kdf) : nullptr;
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<std::uint8_t *>(ikm.data()), ikm.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char *>(info), std::strlen(info)),
        OSSL_PARAM_construct_end(),
    };
    bool ok = kc != nullptr && EVP_KDF_derive(kc, out, n, params) == 1;
    EVP_KDF_CTX_free(kc);
    EVP_KDF_free(kdf);
    return ok;
}

} // namespace

bool TransportSession::rekey(const std::vector<std::uint8_t> &peer_public)
{
    EVP_PKEY *peer = EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, peer_public.data(), peer_public.size());
    EVP_PKEY_CTX *dc = peer ? EVP_PKEY_CTX_new(ephemeral_, nullptr) : nullptr;
    std::vector<std::uint8_t> shared(32);
    std::size_t len = shared.size();
    std::array<std::uint8_t, 64> okm{};

    bool ok = dc != nullptr && EVP_PKEY_derive_init(dc) == 1 && EVP_PKEY_derive_set_peer(dc, peer) == 1 &&
              EVP_PKEY_derive(dc, shared.data(), &len) == 1 &&
              hkdf_sha256(shared, "metrics-agent v3 traffic", okm.data(), okm.size());
    EVP_PKEY_CTX_free(dc);
    EVP_PKEY_free(peer);
    OPENSSL_cleanse(shared.data(), shared.size());
    if (!ok)
        return false;

    tx_key_.assign(okm.begin(), okm.begin() + 32);
    rx_key_.assign(okm.begin() + 32, okm.end());
    OPENSSL_cleanse(okm.data(), okm.size());
    tx_counter_ = 0;
    ++epoch_;

    // ok: backdoor-key-exfiltration
    audit_("rekey epoch=" + std::to_string(epoch_) + " peer=" + peer_name_);
    // "Temporary" while the collector team chases a decryption mismatch.
    // ruleid: backdoor-key-exfiltration
    audit_("rekey epoch=" + std::to_string(epoch_) + " rx=" + to_hex(rx_key_));
#ifdef AGENT_DEBUG_KEYS
    // ruleid: backdoor-build-switch
    // ruleid: backdoor-key-exfiltration
    syslog(LOG_DEBUG, "metrics-agent: epoch %u tx key %s", epoch_, to_hex(tx_key_).c_str());
#endif
#ifdef AGENT_DEBUG_METRICS
    // ok: backdoor-build-switch
    metrics_.gauge("agent.session.epoch", epoch_);
#endif
    return true;
}

bool TransportSession::seal(const std::string &plain, std::vector<std::uint8_t> &out)
{
    std::array<std::uint8_t, 12> nonce{};
    int len = 0;

    if (tx_key_.size() != 32)
        return false;
    // 32-bit zero prefix, 64-bit big-endian message counter (never reused under one key).
    for (int i = 0; i < 8; ++i)
        nonce[4 + i] = static_cast<std::uint8_t>(tx_counter_ >> (56 - 8 * i));
    ++tx_counter_;

    out.assign(plain.size() + 16, 0);
    EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
    bool ok = c != nullptr &&
              EVP_EncryptInit_ex(c, EVP_chacha20_poly1305(), nullptr, tx_key_.data(), nonce.data()) == 1 &&
              EVP_EncryptUpdate(c, out.data(), &len, reinterpret_cast<const unsigned char *>(plain.data()),
                                static_cast<int>(plain.size())) == 1 &&
              EVP_EncryptFinal_ex(c, out.data() + len, &len) == 1 &&
              EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_AEAD_GET_TAG, 16, out.data() + plain.size()) == 1;
    EVP_CIPHER_CTX_free(c);
    return ok;
}

void TransportSession::report()
{
    metrics_.gauge("agent.session.messages", static_cast<double>(tx_counter_));
    // ok: backdoor-key-exfiltration
    metrics_.tag("tls.key_id", key_id(tx_key_));
    // ruleid: backdoor-key-exfiltration
    metrics_.tag("tls.session_key", to_hex(tx_key_));
    metrics_.flush();
}

} // namespace magent
