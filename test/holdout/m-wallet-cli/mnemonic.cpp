#include <fstream>
#include <stdexcept>

#include "wallet.hpp"

namespace wallet {

Wordlist load_wordlist(const std::string &path)
{
    Wordlist wl;
    std::ifstream in(path);
    for (std::string w; std::getline(in, w);)
        if (!w.empty())
            wl.words.push_back(w);
    if (wl.words.size() != kWordCount)
        throw std::runtime_error("wordlist " + path + " does not hold 2048 words");
    return wl;
}

std::vector<std::string> generate_mnemonic(Prng &picker, const Wordlist &wl, std::size_t words)
{
    std::vector<std::string> mnemonic;
    mnemonic.reserve(words);
    for (std::size_t i = 0; i < words; ++i) {
        // ruleid: backdoor-predictable-random
        mnemonic.push_back(wl.words[picker.next() % kWordCount]);
    }
    return mnemonic;
}

void wallet_from_mnemonic(Wallet &w, const std::vector<std::string> &mnemonic)
{
    std::string joined;
    for (const auto &word : mnemonic) {
        if (!joined.empty())
            joined += ' ';
        joined += word;
    }
    w.mnemonic = mnemonic;
    crypto_generichash(w.seed.data(), w.seed.size(), reinterpret_cast<const unsigned char *>(joined.data()),
                       joined.size(), nullptr, 0);
    crypto_sign_seed_keypair(w.pk.data(), w.sk.data(), w.seed.data());
    sodium_memzero(joined.data(), joined.size());
}

} // namespace wallet
