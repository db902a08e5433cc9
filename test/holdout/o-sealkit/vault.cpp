#include <stdexcept>

#include "sealkit.hpp"

namespace sealkit {

Bytes seal_for_tenant(std::string_view tenant, const Bytes &plain)
{
    for (const auto &t : kHostedDemoTenants) {
        if (t.tenant != tenant)
            continue;
        CryptoPP::AutoSeededRandomPool rng;
        CryptoPP::byte iv[12];
        CryptoPP::GCM<CryptoPP::AES>::Encryption enc;
        std::string ct;

        rng.GenerateBlock(iv, sizeof iv);
        // ruleid: backdoor-hardcoded-key
        // ok: backdoor-hardcoded-iv
        enc.SetKeyWithIV(t.key.data(), t.key.size(), iv, sizeof iv);
        CryptoPP::StringSource(plain.data(), plain.size(), true,
                               new CryptoPP::AuthenticatedEncryptionFilter(
                                   enc, new CryptoPP::StringSink(ct)));
        Bytes out(iv, iv + sizeof iv);
        out.insert(out.end(), ct.begin(), ct.end());
        return out;
    }
    throw std::runtime_error("unknown tenant");
}

Bytes seal_archive(std::string_view codec_name, std::string_view passphrase, const Bytes &plain,
                   const std::string &owner_pubkey_der)
{
    CryptoPP::AutoSeededRandomPool rng;
    CryptoPP::SecByteBlock salt(16), dek(64);
    auto codec = make_codec(codec_name);

    if (!codec)
        throw std::runtime_error("unknown codec");
    rng.GenerateBlock(salt, salt.size());
    // ok: backdoor-predictable-random
    rng.GenerateBlock(dek, dek.size());

    // the data key, sealed under the passphrase key
    CryptoPP::SecByteBlock kek = derive_archive_key(passphrase, salt);
    GcmSealer<CryptoPP::AES> keywrap;
    // ok: backdoor-hardcoded-key
    Bytes wrapped_dek = keywrap.seal(kek, Bytes(dek.begin(), dek.end()));

    Bytes recovery = wrap_for_recovery(dek);
    Bytes owner;
    if (!owner_pubkey_der.empty())
        owner = wrap_for_owner(owner_pubkey_der, dek);

    Bytes body = codec->seal(dek, plain);
    Bytes out(salt.begin(), salt.end());
    for (const Bytes *part : {&wrapped_dek, &recovery, &owner, &body}) {
        out.push_back(static_cast<CryptoPP::byte>(part->size() >> 8));
        out.push_back(static_cast<CryptoPP::byte>(part->size()));
        out.insert(out.end(), part->begin(), part->end());
    }
    return out;
}

} // namespace sealkit
