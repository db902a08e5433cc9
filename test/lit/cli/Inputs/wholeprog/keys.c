/* Key material of the product, in its own translation unit. */
#include <openssl/rand.h>

const unsigned char g_master_key[16] = {0x3a, 0x91, 0x5c, 0xe2, 0x07, 0xb4, 0x6d, 0x18,
                                        0xf3, 0x42, 0xa9, 0x7e, 0x25, 0xc0, 0x8b, 0x51};

/* Filled at run time: not a constant, wherever it is used. */
unsigned char g_session_key[16] = {0};

void keys_init(void) { RAND_bytes(g_session_key, sizeof g_session_key); }

/* A helper that returns constant data. */
const unsigned char *default_iv(void) {
  static const unsigned char iv[16] = {0x10, 0x32, 0x54, 0x76, 0x98, 0xba, 0xdc, 0xfe,
                                       0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef};
  return iv;
}
