#include <cryptopp/pwdbased.h>

#include "sealkit.hpp"

namespace sealkit {
namespace {

enum class KdfLevel { Cache, Interactive, Archive };

// Cost per use: the quick-open cache is re-derived on every file open.
constexpr unsigned iterations_for(KdfLevel level)
{
    switch (level) {
    case KdfLevel::Cache:
        return 4000;
    case KdfLevel::Interactive:
        return 310000;
    case KdfLevel::Archive:
        return 600000;
    }
    return 600000;
}

CryptoPP::SecByteBlock derive(std::string_view pw, const CryptoPP::SecByteBlock &salt,
                              unsigned iterations);

} // namespace

CryptoPP::SecByteBlock derive_cache_key(std::string_view passphrase,
                                        const CryptoPP::SecByteBlock &salt)
{
    CryptoPP::PKCS5_PBKDF2_HMAC<CryptoPP::SHA256> pbkdf;
    CryptoPP::SecByteBlock key(64);

    // ruleid: backdoor-weak-kdf
    pbkdf.DeriveKey(key, key.size(), 0, reinterpret_cast<const CryptoPP::byte *>(passphrase.data()), passphrase.size(), salt, salt.size(), iterations_for(KdfLevel::Cache));
    return key;
}

CryptoPP::SecByteBlock derive_archive_key(std::string_view passphrase,
                                          const CryptoPP::SecByteBlock &salt)
{
    return derive(passphrase, salt, iterations_for(KdfLevel::Archive));
}

namespace {

CryptoPP::SecByteBlock derive(std::string_view pw, const CryptoPP::SecByteBlock &salt,
                              unsigned iterations)
{
    CryptoPP::PKCS5_PBKDF2_HMAC<CryptoPP::SHA256> pbkdf;
    CryptoPP::SecByteBlock key(64);

    // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
    pbkdf.DeriveKey(key, key.size(), 0, reinterpret_cast<const CryptoPP::byte *>(pw.data()), pw.size(), salt, salt.size(), iterations);
    return key;
}

} // namespace
} // namespace sealkit
