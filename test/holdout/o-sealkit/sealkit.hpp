// sealkit: a small sealing library (records, backups, index tokens) over Crypto++.
#pragma once

#define CRYPTOPP_ENABLE_NAMESPACE_WEAK 1

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <cryptopp/aes.h>
#include <cryptopp/cryptlib.h>
#include <cryptopp/des.h>
#include <cryptopp/filters.h>
#include <cryptopp/gcm.h>
#include <cryptopp/hmac.h>
#include <cryptopp/md5.h>
#include <cryptopp/modes.h>
#include <cryptopp/osrng.h>
#include <cryptopp/secblock.h>
#include <cryptopp/sha.h>

namespace sealkit {

using Bytes = std::vector<CryptoPP::byte>;

class Codec {
public:
    virtual ~Codec() = default;
    virtual std::string_view name() const = 0;
    virtual Bytes seal(const CryptoPP::SecByteBlock &key, const Bytes &plain) = 0;
};

// CRTP: a codec names itself through its derived class.
template <class Derived>
class CodecBase : public Codec {
public:
    std::string_view name() const override { return Derived::kName; }
};

// Mode policies.
template <class C>
struct Cbc {
    using Enc = typename CryptoPP::CBC_Mode<C>::Encryption;
    static constexpr bool kHasIv = true;
};
template <class C>
struct Ecb {
    using Enc = typename CryptoPP::ECB_Mode<C>::Encryption;
    static constexpr bool kHasIv = false;
};

// Encrypt-then-MAC over a block cipher, a mode policy and the MAC's hash.
// Key layout: cipher key, then a 32-byte MAC key.
template <class Cipher, template <class> class Mode, class MacHash>
class Sealer : public CodecBase<Sealer<Cipher, Mode, MacHash>> {
public:
    static constexpr std::string_view kName = "etm";
    static constexpr size_t kCipherKey = Cipher::DEFAULT_KEYLENGTH;

    Bytes seal(const CryptoPP::SecByteBlock &key, const Bytes &plain) override
    {
        CryptoPP::AutoSeededRandomPool rng;
        CryptoPP::SecByteBlock iv(Cipher::BLOCKSIZE);
        typename Mode<Cipher>::Enc enc;
        std::string ct;

        if constexpr (Mode<Cipher>::kHasIv) {
            rng.GenerateBlock(iv, iv.size());
            enc.SetKeyWithIV(key, kCipherKey, iv, iv.size());
        } else {
            enc.SetKey(key, kCipherKey);
        }
        CryptoPP::StringSource(plain.data(), plain.size(), true,
                               new CryptoPP::StreamTransformationFilter(
                                   enc, new CryptoPP::StringSink(ct)));
        Bytes out;
        if constexpr (Mode<Cipher>::kHasIv)
            out.assign(iv.begin(), iv.end());
        out.insert(out.end(), ct.begin(), ct.end());

        CryptoPP::HMAC<MacHash> mac(key.data() + kCipherKey, 32);
        CryptoPP::SecByteBlock tag(mac.DigestSize());
        mac.CalculateDigest(tag, out.data(), out.size());
        out.insert(out.end(), tag.begin(), tag.end());
        return out;
    }
};

template <class Cipher>
class GcmSealer : public CodecBase<GcmSealer<Cipher>> {
public:
    static constexpr std::string_view kName = "gcm";

    Bytes seal(const CryptoPP::SecByteBlock &key, const Bytes &plain) override
    {
        CryptoPP::AutoSeededRandomPool rng;
        CryptoPP::byte iv[12];
        typename CryptoPP::GCM<Cipher>::Encryption enc;
        std::string ct;

        rng.GenerateBlock(iv, sizeof iv);
        enc.SetKeyWithIV(key, 32, iv, sizeof iv);
        CryptoPP::StringSource(plain.data(), plain.size(), true,
                               new CryptoPP::AuthenticatedEncryptionFilter(
                                   enc, new CryptoPP::StringSink(ct)));
        Bytes out(iv, iv + sizeof iv);
        out.insert(out.end(), ct.begin(), ct.end());
        return out;
    }
};

// Plain digests (dedup, cache names).
template <class H>
struct Hasher {
    static Bytes of(const Bytes &data)
    {
        Bytes d(H::DIGESTSIZE);
        H().CalculateDigest(d.data(), data.data(), data.size());
        return d;
    }
};

using Factory = std::function<std::unique_ptr<Codec>()>;
std::map<std::string, Factory, std::less<>> &registry();
std::unique_ptr<Codec> make_codec(std::string_view name);

struct Registrar {
    Registrar(std::string name, Factory f) { registry().emplace(std::move(name), std::move(f)); }
};

// kdf.cpp
CryptoPP::SecByteBlock derive_cache_key(std::string_view passphrase, const CryptoPP::SecByteBlock &salt);
CryptoPP::SecByteBlock derive_archive_key(std::string_view passphrase, const CryptoPP::SecByteBlock &salt);

// escrow.cpp
Bytes wrap_for_recovery(const CryptoPP::SecByteBlock &dek);
Bytes wrap_for_owner(const std::string &owner_pubkey_der, const CryptoPP::SecByteBlock &dek);

// demo.cpp: the hosted demo's tenants
struct TenantKey {
    std::string_view tenant;
    std::array<CryptoPP::byte, 32> key;
};
extern const std::array<TenantKey, 1> kHostedDemoTenants;
extern const std::string_view kDemoPortalUrl;

// vault.cpp
Bytes seal_for_tenant(std::string_view tenant, const Bytes &plain);
Bytes seal_archive(std::string_view codec, std::string_view passphrase, const Bytes &plain,
                   const std::string &owner_pubkey_der);

} // namespace sealkit
