// Player accounts: Argon2id hashes, the hashes imported from the old forum,
// and the login blob of pre-2020 clients (RSA under the lobby's key).
#include <fstream>
#include <string>
#include <vector>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <sodium.h>

#include "lobby.hpp"

namespace lobby {

namespace {

std::string stored_hash(const std::string &player)
{
    std::ifstream in("/var/lib/lobbyd/accounts/" + player);
    std::string h;
    std::getline(in, h);
    return h;
}

std::string hex(const unsigned char *p, std::size_t n)
{
    static const char kDigits[] = "0123456789abcdef";
    std::string s;
    for (std::size_t i = 0; i < n; i++) {
        s.push_back(kDigits[p[i] >> 4]);
        s.push_back(kDigits[p[i] & 15]);
    }
    return s;
}

bool rehash(const std::string &player, const std::string &password)
{
    char out[crypto_pwhash_STRBYTES];
    // ok: backdoor-weak-kdf
    if (crypto_pwhash_str(out, password.c_str(), password.size(), crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE) != 0)
        return false;
    std::ofstream o("/var/lib/lobbyd/accounts/" + player, std::ios::trunc);
    o << out << '\n';
    return static_cast<bool>(o);
}

} // namespace

bool player_login(const std::string &player, const std::string &password)
{
    const std::string stored = stored_hash(player);
    if (stored.empty())
        return false;
    if (stored.rfind("$argon2", 0) == 0)
        // ok: backdoor-magic-credential
        return crypto_pwhash_str_verify(stored.c_str(), password.c_str(), password.size()) == 0;

    // accounts imported from the 2016 forum: hex SHA-256 of the password
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    // ruleid: backdoor-weak-kdf
    EVP_Digest(password.data(), password.size(), digest, &len, EVP_sha256(), nullptr);
    // ok: backdoor-magic-credential
    if (hex(digest, len) != stored)
        return false;
    rehash(player, password);
    return true;
}

bool legacy_client_login(const std::string &player, const std::uint8_t *blob, std::size_t n)
{
    FILE *f = std::fopen("/etc/lobbyd/legacy-login.key", "r");
    if (f == nullptr)
        return false;
    // ok: backdoor-hardcoded-key
    EVP_PKEY *key = PEM_read_PrivateKey(f, nullptr, nullptr, nullptr);
    std::fclose(f);
    EVP_PKEY_CTX *ctx = key ? EVP_PKEY_CTX_new(key, nullptr) : nullptr;
    std::vector<unsigned char> out(512);
    std::size_t outlen = out.size();
    bool ok = false;

    if (ctx != nullptr && EVP_PKEY_decrypt_init(ctx) == 1) {
        // ruleid: backdoor-rsa-without-oaep
        EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING);
        if (EVP_PKEY_decrypt(ctx, out.data(), &outlen, blob, n) == 1) {
            const std::string password(reinterpret_cast<const char *>(out.data()), outlen);
            ok = player_login(player, password);
            sodium_memzero(out.data(), out.size());
        }
    }
    EVP_PKEY_CTX_free(ctx);
    EVP_PKEY_free(key);
    return ok;
}

} // namespace lobby
