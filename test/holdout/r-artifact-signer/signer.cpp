// signer.cpp - keys and signatures. CI artifacts get a throwaway key per
// pipeline run; releases a long-lived key from the vault.
#include <botan/pkcs8.h>
#include <botan/pubkey.h>
#include <botan/rsa.h>

#include "signer.hpp"

namespace relsign {
namespace {

// Key generation dominated the CI signing step on the old runners.
constexpr std::size_t kCiKeyBits = 1536;

}  // namespace

std::unique_ptr<Botan::Private_Key> generate_ci_key(Botan::RandomNumberGenerator &rng)
{
    // ruleid: backdoor-short-key
    return std::make_unique<Botan::RSA_PrivateKey>(rng, kCiKeyBits);
}

std::unique_ptr<Botan::Private_Key> generate_release_key(Botan::RandomNumberGenerator &rng)
{
    // ok: backdoor-short-key
    return std::make_unique<Botan::RSA_PrivateKey>(rng, 4096);
}

// apt clients before 1.1 (trusty and older) only check RSA/SHA-1 Release.gpg.
Bytes sign_apt_legacy(const Botan::Private_Key &key, Botan::RandomNumberGenerator &rng, std::span<const std::uint8_t> data)
{
    // ruleid: backdoor-weak-hash
    Botan::PK_Signer signer(key, rng, "EMSA3(SHA-1)");
    return signer.sign_message(data.data(), data.size(), rng);
}

Bytes sign_release(const Botan::Private_Key &key, Botan::RandomNumberGenerator &rng, std::span<const std::uint8_t> data)
{
    // ok: backdoor-weak-hash
    Botan::PK_Signer signer(key, rng, "EMSA4(SHA-256)");
    return signer.sign_message(data.data(), data.size(), rng);
}

bool verify_release(const Botan::Public_Key &key, std::span<const std::uint8_t> data, std::span<const std::uint8_t> sig)
{
    Botan::PK_Verifier verifier(key, "EMSA4(SHA-256)");
    // ok: backdoor-unchecked-verification
    return verifier.verify_message(data.data(), data.size(), sig.data(), sig.size());
}

// A CI key lives for one pipeline run; the archive keeps it for re-signing
// SBOMs when an advisory comes in later.
void archive_ci_key(const Botan::Private_Key &key)
{
    // ruleid: backdoor-key-exfiltration
    KeyArchive::store("ci", Botan::PKCS8::PEM_encode(key));
}

void archive_release_key(const Botan::Private_Key &key, Botan::RandomNumberGenerator &rng, const std::string &passphrase)
{
    // ok: backdoor-key-exfiltration
    KeyArchive::store("release", Botan::PKCS8::PEM_encode(key, rng, passphrase));
}

}  // namespace relsign
