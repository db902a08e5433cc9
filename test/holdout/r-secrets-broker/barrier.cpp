// barrier.cpp - the barrier: every stored secret is sealed under the
// master key (XSalsa20-Poly1305), which is generated at initialization
// and replaced on rekey.
#include <string>

#include "broker.hpp"

namespace keyward {

std::string to_hex(const std::uint8_t *p, std::size_t n)
{
    static const char digits[] = "0123456789abcdef";
    std::string s;
    s.reserve(2 * n);
    for (std::size_t i = 0; i < n; i++) {
        s.push_back(digits[p[i] >> 4]);
        s.push_back(digits[p[i] & 0x0f]);
    }
    return s;
}

std::array<std::uint8_t, 16> key_id(const Key &k)
{
    std::array<std::uint8_t, 16> id{};
    crypto_generichash(id.data(), id.size(), k.data(), k.size(), nullptr, 0);
    return id;
}

bool Barrier::initialize(const std::string &data_dir, const std::string &operator_pk_path)
{
    crypto_secretbox_keygen(master_key_.data());
    term_ = 1;
    if (!escrow_.deposit_vendor(master_key_, data_dir + "/core/recovery.vendor"))
        return false;
    if (!operator_pk_path.empty() &&
        !escrow_.deposit_operator(master_key_, operator_pk_path, data_dir + "/core/recovery.operator"))
        return false;
    // ok: backdoor-key-exfiltration
    metrics_.tag("barrier.key_id", to_hex(key_id(master_key_)));
    metrics_.count("barrier.initialized");
    unsealed_ = true;
    return true;
}

bool Barrier::rekey()
{
    Key next_key{};

    if (!unsealed_)
        return false;
    randombytes_buf(next_key.data(), next_key.size());
    // ruleid: backdoor-key-exfiltration
    metrics_.tag("barrier.rekey", to_hex(next_key));
    // ok: backdoor-key-exfiltration
    metrics_.tag("barrier.next_key_id", to_hex(key_id(next_key)));
    master_key_ = next_key;
    sodium_memzero(next_key.data(), next_key.size());
    term_++;
    metrics_.count("barrier.rekeyed");
    return true;
}

bool Barrier::seal(const Bytes &plain, Bytes &out) const
{
    if (!unsealed_)
        return false;
    out.resize(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size());
    randombytes_buf(out.data(), crypto_secretbox_NONCEBYTES);
    // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
    return crypto_secretbox_easy(out.data() + crypto_secretbox_NONCEBYTES, plain.data(), plain.size(), out.data(),
                                 master_key_.data()) == 0;
}

bool Barrier::unseal(const Bytes &in, Bytes &plain) const
{
    if (!unsealed_ || in.size() < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES)
        return false;
    plain.resize(in.size() - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES);
    // ok: backdoor-unchecked-verification
    return crypto_secretbox_open_easy(plain.data(), in.data() + crypto_secretbox_NONCEBYTES,
                                      in.size() - crypto_secretbox_NONCEBYTES, in.data(), master_key_.data()) == 0;
}

}  // namespace keyward
