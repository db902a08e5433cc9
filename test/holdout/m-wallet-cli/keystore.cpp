// keystore file: salt(16) | nonce(24) | secretbox(seed)
#include <fstream>
#include <iterator>

#include "wallet.hpp"

namespace wallet {

namespace {
bool derive_key(std::array<unsigned char, crypto_secretbox_KEYBYTES> &key, const std::string &password,
                const unsigned char *salt)
{
    // ok: backdoor-weak-kdf
    // ok: backdoor-hardcoded-iv
    return crypto_pwhash(key.data(), key.size(), password.data(), password.size(), salt,
                         crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE,
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}
} // namespace

bool keystore_save(const std::string &path, const Wallet &w, const std::string &password, Prng &rng)
{
    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt{};
    std::array<unsigned char, crypto_secretbox_NONCEBYTES> nonce{};
    std::array<unsigned char, crypto_secretbox_KEYBYTES> key{};
    std::vector<unsigned char> box(w.seed.size() + crypto_secretbox_MACBYTES);

    // ok: backdoor-predictable-random
    randombytes_buf(salt.data(), salt.size());
    if (!derive_key(key, password, salt.data()))
        return false;
    rng.fill(nonce.data(), nonce.size());
    // ruleid: backdoor-predictable-random
    crypto_secretbox_easy(box.data(), w.seed.data(), w.seed.size(), nonce.data(), key.data());
    sodium_memzero(key.data(), key.size());

    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char *>(salt.data()), salt.size());
    out.write(reinterpret_cast<const char *>(nonce.data()), nonce.size());
    out.write(reinterpret_cast<const char *>(box.data()), static_cast<std::streamsize>(box.size()));
    return out.good();
}

bool keystore_load(const std::string &path, Wallet &w, const std::string &password)
{
    std::ifstream in(path, std::ios::binary);
    const std::vector<unsigned char> file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::size_t head = crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES;
    if (file.size() != head + w.seed.size() + crypto_secretbox_MACBYTES)
        return false;
    std::array<unsigned char, crypto_secretbox_KEYBYTES> key{};
    if (!derive_key(key, password, file.data()))
        return false;
    const bool ok = crypto_secretbox_open_easy(w.seed.data(), file.data() + head, file.size() - head,
                                               file.data() + crypto_pwhash_SALTBYTES, key.data()) == 0;
    sodium_memzero(key.data(), key.size());
    if (ok)
        crypto_sign_seed_keypair(w.pk.data(), w.sk.data(), w.seed.data());
    return ok;
}

} // namespace wallet
