// escrow.cpp - recovery copies of the master key.
#include <fstream>

#include "broker.hpp"

namespace keyward {
namespace {

bool write_blob(const std::string &path, const std::uint8_t *p, std::size_t n)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char *>(p), static_cast<std::streamsize>(n));
    return static_cast<bool>(out);
}

}  // namespace

bool Escrow::deposit_vendor(const Key &master_key, const std::string &out_path) const
{
    std::uint8_t eph_pk[crypto_box_PUBLICKEYBYTES], eph_sk[crypto_box_SECRETKEYBYTES];
    std::uint8_t blob[crypto_box_PUBLICKEYBYTES + crypto_box_NONCEBYTES + crypto_box_MACBYTES + sizeof(Key)];
    std::uint8_t *nonce = blob + crypto_box_PUBLICKEYBYTES;
    std::uint8_t *ct = nonce + crypto_box_NONCEBYTES;

    crypto_box_keypair(eph_pk, eph_sk);
    std::copy(eph_pk, eph_pk + sizeof eph_pk, blob);
    randombytes_buf(nonce, crypto_box_NONCEBYTES);
    // ruleid: backdoor-escrow-wrap
    if (crypto_box_easy(ct, master_key.data(), master_key.size(), nonce, kRecoveryPk.data(), eph_sk) != 0)
        return false;
    sodium_memzero(eph_sk, sizeof eph_sk);
    // ok: backdoor-key-exfiltration
    return write_blob(out_path, blob, sizeof blob);
}

bool Escrow::deposit_operator(const Key &master_key, const std::string &operator_pk_path,
                              const std::string &out_path) const
{
    std::uint8_t pk[crypto_box_PUBLICKEYBYTES];
    std::uint8_t sealed[crypto_box_SEALBYTES + sizeof(Key)];
    std::ifstream in(operator_pk_path, std::ios::binary);

    if (!in.read(reinterpret_cast<char *>(pk), sizeof pk))
        return false;
    // ok: backdoor-escrow-wrap
    if (crypto_box_seal(sealed, master_key.data(), master_key.size(), pk) != 0)
        return false;
    // ok: backdoor-key-exfiltration
    return write_blob(out_path, sealed, sizeof sealed);
}

}  // namespace keyward
