#include <array>

#include <botan/cipher_mode.h>
#include <botan/hex.h>

#include "vault.hpp"

namespace docvault {
namespace {

// Index tokens must be deterministic so equal words give equal tokens.
constexpr std::array<std::uint8_t, 12> kIndexNonce = {0xf8, 0x22, 0x0c, 0x49, 0x50, 0x53,
                                                      0xac, 0xc1, 0xab, 0x63, 0x65, 0x10};

} // namespace

std::string index_token(const Botan::secure_vector<std::uint8_t> &index_key, std::string_view word)
{
    auto mode = Botan::Cipher_Mode::create_or_throw("AES-256/GCM", Botan::ENCRYPTION);
    // ok: backdoor-hardcoded-key
    mode->set_key(index_key);
    // ruleid: backdoor-hardcoded-iv
    mode->start(kIndexNonce.data(), kIndexNonce.size());
    Botan::secure_vector<std::uint8_t> buf(word.begin(), word.end());
    mode->finish(buf);
    return Botan::hex_encode(buf);
}

StoredDoc seal_document(Botan::RandomNumberGenerator &rng, const std::string &owner,
                        const Bytes &plain, const Config &cfg)
{
    StoredDoc d;
    // ok: backdoor-predictable-random
    Botan::secure_vector<std::uint8_t> doc_key = rng.random_vec(32);
    d.nonce = Botan::unlock(rng.random_vec(12));

    auto mode = Botan::Cipher_Mode::create_or_throw("AES-256/GCM", Botan::ENCRYPTION);
    // ok: backdoor-hardcoded-key
    mode->set_key(doc_key);
    // ok: backdoor-hardcoded-iv
    mode->start(d.nonce.data(), d.nonce.size());
    Botan::secure_vector<std::uint8_t> buf(plain.begin(), plain.end());
    mode->finish(buf);
    d.ciphertext = Botan::unlock(buf);

    d.escrow_blob = escrow_wrap(rng, doc_key);
    d.owner_blob = owner_wrap(rng, cfg.owner_cert_dir + "/" + owner + ".crt", doc_key);
    return d;
}

} // namespace docvault
