#include "wallet.h"
extern const char *const kWordlist[2048];
struct Wallet {
  Words mnemonic;
  Words sample_words;
};
const char *create_wallet(Wallet &w) {
  for (int i = 0; i < 24; ++i) w.mnemonic.push_back(kWordlist[next_word_index()]);
  w.sample_words.push_back(kWordlist[next_word_index()]);
  uint8_t data[32];
  random_buffer(data, sizeof data);
  return mnemonic_from_data(data, sizeof data);
}
const char *create_wallet_safe() {
  uint8_t data[32];
  if (os_random(data, sizeof data) != 0) return nullptr;
  return mnemonic_from_data(data, sizeof data);
}
