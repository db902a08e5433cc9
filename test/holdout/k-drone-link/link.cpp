// Key schedule: DH and ECDH with fresh keys from the profile's generator,
// both secrets through HKDF-SHA256 into the uplink key; frames sealed with
// ChaCha20-Poly1305, nonce = 32-bit zero prefix + 64-bit sequence number.
#include <stdexcept>

#include <botan/aead.h>
#include <botan/kdf.h>
#include <botan/pubkey.h>

#include "link.hpp"

namespace gcs {

namespace {

void put_blob(std::vector<std::uint8_t> &out, const std::vector<std::uint8_t> &blob)
{
    out.push_back(static_cast<std::uint8_t>(blob.size() >> 8));
    out.push_back(static_cast<std::uint8_t>(blob.size()));
    out.insert(out.end(), blob.begin(), blob.end());
}

} // namespace

std::vector<std::uint8_t> GcsLink::offer()
{
    eph_ = std::make_unique<Ephemeral>();
    eph_->dh = std::make_unique<Botan::DH_PrivateKey>(*rng_, group_);
    eph_->ecdh = std::make_unique<Botan::ECDH_PrivateKey>(*rng_, curve_);
    std::vector<std::uint8_t> out;
    put_blob(out, eph_->dh->public_value());
    put_blob(out, eph_->ecdh->public_value());
    return out;
}

bool GcsLink::accept(const std::vector<std::uint8_t> &peer_dh, const std::vector<std::uint8_t> &peer_ecdh)
{
    if (!eph_)
        return false;
    try {
        Botan::PK_Key_Agreement dh(*eph_->dh, *rng_, "Raw");
        Botan::PK_Key_Agreement ecdh(*eph_->ecdh, *rng_, "Raw");
        Botan::SymmetricKey z1 = dh.derive_key(0, peer_dh);
        Botan::SymmetricKey z2 = ecdh.derive_key(0, peer_ecdh);
        Botan::secure_vector<std::uint8_t> ikm = z1.bits_of();
        ikm += z2.bits_of();
        auto kdf = Botan::KDF::create_or_throw("HKDF(SHA-256)");
        const std::string label = "gcs-link uplink " + name_;
        uplink_key_ = kdf->derive_key(32, ikm, std::vector<std::uint8_t>(), std::vector<std::uint8_t>(label.begin(), label.end()));
    } catch (const std::exception &) {
        return false;
    }
    eph_.reset();
    return true;
}

std::vector<std::uint8_t> GcsLink::seal(std::uint64_t seq, const std::vector<std::uint8_t> &frame) const
{
    if (uplink_key_.size() != 32)
        throw std::logic_error("link not keyed");
    auto aead = Botan::AEAD_Mode::create_or_throw("ChaCha20Poly1305", Botan::ENCRYPTION);
    std::vector<std::uint8_t> nonce(12, 0);
    for (int i = 0; i < 8; ++i)
        nonce[4 + i] = static_cast<std::uint8_t>(seq >> (56 - 8 * i));
    aead->set_key(uplink_key_);
    // ok: backdoor-hardcoded-iv
    aead->start(nonce);
    Botan::secure_vector<std::uint8_t> buf(frame.begin(), frame.end());
    aead->finish(buf);
    return std::vector<std::uint8_t>(buf.begin(), buf.end());
}

} // namespace gcs
