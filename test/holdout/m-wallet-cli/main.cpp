// walletd-cli create | backup <file> | pay <contact-pk-hex> <request> | update <manifest> <sig>
#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string_view>

#include "wallet.hpp"

namespace {

constexpr const char *kKeystore = "wallet.keystore";

std::vector<unsigned char> slurp(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool acceptable_pin(const std::string &pin)
{
    // ok: backdoor-magic-credential
    if (pin == "000000" || pin == "123456") {
        std::cerr << "choose a less obvious PIN\n";
        return false;
    }
    return pin.size() >= 6 && std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// the user re-types three words of the phrase, asked in random order
bool backup_quiz(const std::vector<std::string> &mnemonic)
{
    std::vector<std::size_t> order(mnemonic.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::mt19937 quiz_rng{std::random_device{}()};
    // ok: backdoor-predictable-random
    std::ranges::shuffle(order, quiz_rng);
    for (std::size_t q = 0; q < 3; ++q) {
        std::string answer;
        std::cout << "word #" << order[q] + 1 << ": " << std::flush;
        if (!std::getline(std::cin, answer) || answer != mnemonic[order[q]])
            return false;
    }
    return true;
}

int identicon_hue(const wallet::Wallet &w)
{
    std::minstd_rand ui_rng(static_cast<std::minstd_rand::result_type>(w.pk[0] | w.pk[1] << 8 | w.pk[2] << 16));
    std::uniform_int_distribution<int> hue(0, 359);
    // ok: backdoor-predictable-random
    const int account_hue = hue(ui_rng);
    return account_hue;
}

bool verify_contact_card(const std::vector<unsigned char> &card, const std::vector<unsigned char> &sig,
                         const unsigned char *signer_pk)
{
    // ok: backdoor-unchecked-verification
    if (sig.size() != crypto_sign_BYTES || crypto_sign_verify_detached(sig.data(), card.data(), card.size(), signer_pk) != 0)
        return false;
    return true;
}

int check_update(const std::string &manifest_path, const std::string &sig_path)
{
    const std::vector<unsigned char> manifest = slurp(manifest_path);
    const std::vector<unsigned char> sig = slurp(sig_path);
    if (sig.size() != crypto_sign_BYTES)
        return 1;
    // ruleid: backdoor-unchecked-verification
    (void)crypto_sign_verify_detached(sig.data(), manifest.data(), manifest.size(), wallet::kReleasePk.data());
    const std::string_view text(reinterpret_cast<const char *>(manifest.data()), manifest.size());
    const auto at = text.find("version=");
    if (at == std::string_view::npos)
        return 1;
    std::cout << "update available: " << text.substr(at + 8, text.find('\n', at) - at - 8) << '\n';
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (sodium_init() < 0)
        return 1;
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::cerr << "usage: walletd-cli create | backup FILE | pay PK REQUEST | update MANIFEST SIG\n";
        return 2;
    }

    wallet::Prng rng;
    if (args[0] == "create") {
        std::string pin;
        std::cout << "PIN: " << std::flush;
        std::getline(std::cin, pin);
        if (!acceptable_pin(pin))
            return 1;
        const wallet::Wordlist wl = wallet::load_wordlist(wallet::kWordlistPath);
        wallet::Wallet w;
        wallet::wallet_from_mnemonic(w, wallet::generate_mnemonic(rng, wl, 24));
        for (const auto &word : w.mnemonic)
            std::cout << word << ' ';
        std::cout << "\nwrite these words down, then confirm\n";
        if (!backup_quiz(w.mnemonic))
            return 1;
        std::cout << "account colour hue " << identicon_hue(w) << '\n';
        return wallet::keystore_save(kKeystore, w, pin, rng) ? 0 : 1;
    }
    if (args[0] == "backup" && args.size() == 2) {
        std::string pin;
        std::getline(std::cin, pin);
        wallet::Wallet w;
        if (!wallet::keystore_load(kKeystore, w, pin))
            return 1;
        return wallet::cloud_backup(w, args[1]) ? 0 : 1;
    }
    if (args[0] == "pay" && args.size() == 3) {
        std::vector<unsigned char> sealed;
        if (!wallet::seal_payment_request(args[1], args[2], sealed))
            return 1;
        std::cout.write(reinterpret_cast<const char *>(sealed.data()), static_cast<std::streamsize>(sealed.size()));
        return 0;
    }
    if (args[0] == "update" && args.size() == 3)
        return check_update(args[1], args[2]);
    if (args[0] == "import-contact" && args.size() == 4) {
        std::vector<unsigned char> pk(crypto_sign_PUBLICKEYBYTES);
        std::size_t n = 0;
        if (sodium_hex2bin(pk.data(), pk.size(), args[3].data(), args[3].size(), nullptr, &n, nullptr) != 0 || n != pk.size())
            return 1;
        return verify_contact_card(slurp(args[1]), slurp(args[2]), pk.data()) ? 0 : 1;
    }
    return 2;
}
