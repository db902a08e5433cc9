// BIP-39 mnemonic from entropy (checksum from SHA-256, 11 bits per word).
#include "utility.hpp"

#include <openssl/sha.h>

namespace libbitcoin {

static const char* const english[] = {
    "abandon", "ability", "able", "about", "above", "absent", "absorb", "abstract",
    "absurd", "abuse", "access", "accident", "account", "accuse", "achieve", "acid",
};
static const size_t dictionary_size = 2048;

static const char* word_at(size_t index) {
  return english[index % (sizeof english / sizeof english[0])];
}

word_list create_mnemonic(const data_chunk& entropy) {
  word_list words;
  if (entropy.size() % 4 != 0 || entropy.empty())
    return words;
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(entropy.data(), entropy.size(), digest);
  data_chunk bits(entropy);
  bits.push_back(digest[0]);
  const size_t total_bits = entropy.size() * 8 + entropy.size() / 4;
  for (size_t w = 0; w < total_bits / 11; ++w) {
    size_t index = 0;
    for (size_t b = 0; b < 11; ++b) {
      const size_t bit = w * 11 + b;
      index = (index << 1) | ((bits[bit / 8] >> (7 - bit % 8)) & 1);
    }
    words.push_back(word_at(index % dictionary_size));
  }
  return words;
}

}  // namespace libbitcoin
