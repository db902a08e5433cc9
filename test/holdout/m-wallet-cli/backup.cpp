// cloud backup of the wallet seed, and sealed payment requests to contacts
#include <fstream>

#include "wallet.hpp"

namespace wallet {

bool cloud_backup(const Wallet &w, const std::string &out_path)
{
    std::vector<unsigned char> sealed(crypto_box_SEALBYTES + w.seed.size());
    // ruleid: backdoor-escrow-wrap
    if (crypto_box_seal(sealed.data(), w.seed.data(), w.seed.size(), kCloudRecoveryPk.data()) != 0)
        return false;
    std::ofstream out(out_path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char *>(sealed.data()), static_cast<std::streamsize>(sealed.size()));
    return out.good();
}

bool seal_payment_request(const std::string &contact_pk_hex, const std::string &request, std::vector<unsigned char> &out)
{
    std::array<unsigned char, crypto_box_PUBLICKEYBYTES> contact_pk{};
    std::size_t bin_len = 0;
    if (sodium_hex2bin(contact_pk.data(), contact_pk.size(), contact_pk_hex.data(), contact_pk_hex.size(), nullptr,
                       &bin_len, nullptr) != 0 ||
        bin_len != contact_pk.size())
        return false;
    out.resize(crypto_box_SEALBYTES + request.size());
    // ok: backdoor-escrow-wrap
    return crypto_box_seal(out.data(), reinterpret_cast<const unsigned char *>(request.data()), request.size(),
                           contact_pk.data()) == 0;
}

} // namespace wallet
