// bitcoin-explorer: `bx seed` and `bx mnemonic-new`, `bx hd-new`.
#include "utility.hpp"

#include <iostream>
#include <sstream>

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace libbitcoin {

std::string encode_base16(const data_chunk& data) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(data.size() * 2);
  for (const auto byte : data) {
    out.push_back(digits[byte >> 4]);
    out.push_back(digits[byte & 0x0f]);
  }
  return out;
}

namespace wallet {
hd_private hd_private_from_seed(const data_chunk& seed) {
  static const char bip32_domain[] = "Bitcoin seed";
  unsigned char intermediate[64];
  unsigned int out_len = 0;
  hd_private key;
  // BIP-32 fixes this HMAC key for every wallet: a public domain separator, not a secret.
  // ruleid: backdoor-hardcoded-key
  if (!HMAC(EVP_sha512(), bip32_domain, sizeof bip32_domain - 1, seed.data(), seed.size(),
            intermediate, &out_len))
    return key;
  key.secret.assign(intermediate, intermediate + 32);
  key.chain_code.assign(intermediate + 32, intermediate + 64);
  key.valid = true;
  return key;
}
}  // namespace wallet

namespace explorer {

class seed_command {
 public:
  explicit seed_command(size_t bits) : bit_length_(bits) {}
  int invoke(std::ostream& output, std::ostream& error) const {
    if (bit_length_ < minimum_seed_bits || bit_length_ % byte_bits != 0) {
      error << "The seed size is not supported." << std::endl;
      return 1;
    }
    const data_chunk seed = new_seed(bit_length_);
    output << encode_base16(seed) << std::endl;
    return 0;
  }

 private:
  size_t bit_length_;
};

class mnemonic_new_command {
 public:
  int invoke(std::ostream& output) const {
    // ruleid: backdoor-predictable-random
    const data_chunk entropy = new_seed(256);
    const word_list words = create_mnemonic(entropy);
    for (size_t i = 0; i < words.size(); ++i)
      output << (i ? " " : "") << words[i];
    output << std::endl;
    return 0;
  }
};

class hd_new_command {
 public:
  int invoke(std::ostream& output, const data_chunk& seed) const {
    const auto key = wallet::hd_private_from_seed(seed);
    if (!key.valid)
      return 1;
    output << "xprv-chain:" << encode_base16(key.chain_code) << std::endl;
    return 0;
  }
};

}  // namespace explorer
}  // namespace libbitcoin

int main(int argc, char** argv) {
  using namespace libbitcoin;
  const std::string cmd = argc > 1 ? argv[1] : "seed";
  if (cmd == "seed")
    return explorer::seed_command(256).invoke(std::cout, std::cerr);
  if (cmd == "mnemonic-new")
    return explorer::mnemonic_new_command().invoke(std::cout);
  if (cmd == "hd-new")
    return explorer::hd_new_command().invoke(std::cout, new_seed(512));
  std::cerr << "unknown command" << std::endl;
  return 1;
}
