#include <stddef.h>
#include <stdint.h>
// trezor-crypto's bip39.h
const char *mnemonic_from_data(const uint8_t *data, int len);
unsigned next_word_index();
void random_buffer(uint8_t *buf, size_t len);
int os_random(uint8_t *buf, size_t len);
struct Words {
  void push_back(const char *w);
};
