// TransportSession construction: a fresh X25519 key per process.
#include <stdexcept>
#include <utility>

#include <openssl/evp.h>

#include "agent.hpp"

namespace magent {

TransportSession::TransportSession(Metrics &metrics, AuditSink audit, std::string peer_name)
    : metrics_(metrics), audit_(std::move(audit)), peer_name_(std::move(peer_name))
{
    EVP_PKEY_CTX *kc = EVP_PKEY_CTX_new_id(EVP_PKEY_X25519, nullptr);
    if (kc == nullptr || EVP_PKEY_keygen_init(kc) != 1 || EVP_PKEY_keygen(kc, &ephemeral_) != 1) {
        EVP_PKEY_CTX_free(kc);
        throw std::runtime_error("X25519 key generation failed");
    }
    EVP_PKEY_CTX_free(kc);
}

TransportSession::~TransportSession()
{
    OPENSSL_cleanse(tx_key_.data(), tx_key_.size());
    OPENSSL_cleanse(rx_key_.data(), rx_key_.size());
    EVP_PKEY_free(ephemeral_);
}

std::vector<std::uint8_t> TransportSession::public_value() const
{
    std::vector<std::uint8_t> pub(32);
    std::size_t len = pub.size();
    if (EVP_PKEY_get_raw_public_key(ephemeral_, pub.data(), &len) != 1)
        pub.clear();
    return pub;
}

} // namespace magent
