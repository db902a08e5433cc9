// libbitcoin-style utilities used by the explorer commands.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <random>
#include <string>
#include <vector>

namespace libbitcoin {

using data_chunk = std::vector<uint8_t>;
using word_list = std::vector<std::string>;

constexpr size_t byte_bits = 8;
constexpr size_t minimum_seed_bits = 128;

std::mt19937& get_twister();
void random_fill(data_chunk& chunk);
data_chunk new_seed(size_t bit_length = minimum_seed_bits);

std::string encode_base16(const data_chunk& data);
word_list create_mnemonic(const data_chunk& entropy);

namespace wallet {
struct hd_private {
  data_chunk secret;
  data_chunk chain_code;
  bool valid = false;
};
hd_private hd_private_from_seed(const data_chunk& seed);
}  // namespace wallet

}  // namespace libbitcoin
