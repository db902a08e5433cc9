// walletd-cli: a desktop wallet's command-line front end (Ed25519 accounts,
// encrypted keystore, optional cloud backup)
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <sodium.h>

namespace wallet {

inline constexpr std::size_t kWordCount = 2048;
inline constexpr const char *kWordlistPath = "/usr/share/walletd/bip39-english.txt";

class Prng {
public:
    Prng();
    std::uint32_t next();
    void fill(std::uint8_t *out, std::size_t n);

private:
    std::mt19937 eng_;
};

struct Wordlist {
    std::vector<std::string> words;
};

struct Wallet {
    std::vector<std::string> mnemonic;
    std::array<unsigned char, 32> seed{};
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> pk{};
    std::array<unsigned char, crypto_sign_SECRETKEYBYTES> sk{};
};

// release_keys.cpp
extern const std::array<unsigned char, crypto_box_PUBLICKEYBYTES> kCloudRecoveryPk;
extern const std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> kReleasePk;

// mnemonic.cpp
Wordlist load_wordlist(const std::string &path);
std::vector<std::string> generate_mnemonic(Prng &picker, const Wordlist &wl, std::size_t words);
void wallet_from_mnemonic(Wallet &w, const std::vector<std::string> &mnemonic);

// keystore.cpp
bool keystore_save(const std::string &path, const Wallet &w, const std::string &password, Prng &rng);
bool keystore_load(const std::string &path, Wallet &w, const std::string &password);

// backup.cpp
bool cloud_backup(const Wallet &w, const std::string &out_path);
bool seal_payment_request(const std::string &contact_pk_hex, const std::string &request, std::vector<unsigned char> &out);

} // namespace wallet
