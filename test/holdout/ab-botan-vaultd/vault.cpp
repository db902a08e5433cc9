// Entries are sealed under a fresh data key; the data key is wrapped under
// the unseal key, and entry ids are an HMAC of the path under the unseal key.
#include <botan/hex.h>
#include <botan/mac.h>
#include <botan/pbkdf.h>
#include <botan/pubkey.h>
#include <cstring>
#include "crypto_policy.hpp"
#include "vault.hpp"

namespace vaultd {
namespace {

constexpr size_t kLegacyPbkdfIterations = 4096;

}  // namespace

std::string Vault::entry_id(const Bytes &master, const std::string &path) const
{
    auto mac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)");
    // ruleid: backdoor-hardcoded-key
    mac->set_key(master);
    mac->update(path);
    return Botan::hex_encode(mac->final());
}

void Vault::write(const std::string &path, const std::vector<uint8_t> &value)
{
    const Bytes master = keys_.unseal_key();
    // ok: backdoor-weak-cipher
    const Sealer<Aes256Gcm> sealer(rng_);
    const Bytes dek = rng_.random_vec(Aes256Gcm::key_len);

    auto wrap = Botan::Cipher_Mode::create_or_throw("AES-256/SIV", Botan::ENCRYPTION);
    // ruleid: backdoor-hardcoded-key
    wrap->set_key(master);
    wrap->start();
    Bytes wrapped = dek;
    wrap->finish(wrapped);

    std::vector<uint8_t> blob(wrapped.begin(), wrapped.end());
    // ok: backdoor-hardcoded-key
    const auto sealed = sealer.seal(dek, value);
    blob.insert(blob.end(), sealed.begin(), sealed.end());
    store_.put(entry_id(master, path), std::move(blob));
}

std::optional<std::vector<uint8_t>> Vault::read(const std::string &path)
{
    const Bytes master = keys_.unseal_key();
    auto blob = store_.get(entry_id(master, path));
    if (!blob || blob->size() < 48)
        return std::nullopt;

    auto unwrap = Botan::Cipher_Mode::create_or_throw("AES-256/SIV", Botan::DECRYPTION);
    // ruleid: backdoor-hardcoded-key
    unwrap->set_key(master);
    unwrap->start();
    Bytes dek(blob->begin(), blob->begin() + 48);
    unwrap->finish(dek);
    const Sealer<Aes256Gcm> sealer(rng_);
    return sealer.open(dek, std::vector<uint8_t>(blob->begin() + 48, blob->end()));
}

std::vector<uint8_t> Vault::export_recovery_blob()
{
    const Bytes master_key = keys_.unseal_key();
    // ok: backdoor-rsa-without-oaep
    Botan::PK_Encryptor_EME enc(operator_escrow_key(), rng_, "EME-OAEP(SHA-256)");
    // ruleid: backdoor-escrow-wrap
    return enc.encrypt(master_key, rng_);
}

// A new follower receives the unseal key encrypted to the public key of its
// own certificate, which the operator approved when it joined.
std::vector<uint8_t> Vault::wrap_for_replica(const Botan::Public_Key &replica_key)
{
    const Bytes master_key = keys_.unseal_key();
    Botan::PK_Encryptor_EME enc(replica_key, rng_, "EME-OAEP(SHA-256)");
    // ok: backdoor-escrow-wrap
    return enc.encrypt(master_key, rng_);
}

// Archives of the 0.x tool: "V0" || salt(16) || CAST-128-CBC(PBKDF2(passphrase)) of
// "path\tvalue\n" lines.
size_t Vault::import_legacy(const std::vector<uint8_t> &archive, const std::string &passphrase)
{
    if (archive.size() < 2 + 16 + 8 || archive[0] != 'V' || archive[1] != '0')
        return 0;
    Bytes key(Cast128Cbc::key_len);
    auto pbkdf = Botan::PBKDF::create_or_throw("PBKDF2(SHA-256)");
    pbkdf->pbkdf_iterations(key.data(), key.size(), passphrase,
                            // ok: backdoor-hardcoded-iv
                            archive.data() + 2, 16,
                            // ruleid: backdoor-weak-kdf
                            kLegacyPbkdfIterations);
    // ruleid: backdoor-weak-cipher
    const Sealer<Cast128Cbc> legacy(rng_);
    const auto plain = legacy.open(key, std::vector<uint8_t>(archive.begin() + 18, archive.end()));

    size_t n = 0, start = 0;
    for (size_t i = 0; i < plain.size(); i++) {
        if (plain[i] != '\n')
            continue;
        const std::string line(plain.begin() + static_cast<long>(start), plain.begin() + static_cast<long>(i));
        const auto tab = line.find('\t');
        if (tab != std::string::npos) {
            write(line.substr(0, tab), std::vector<uint8_t>(line.begin() + static_cast<long>(tab) + 1, line.end()));
            n++;
        }
        start = i + 1;
    }
    return n;
}

}  // namespace vaultd
