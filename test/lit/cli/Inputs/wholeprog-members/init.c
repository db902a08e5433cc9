#include "cfg.h"
#include <stdio.h>
static const unsigned char k_key[16] = {0x3a, 0x91, 0x22, 0x5c, 0x77, 0x18, 0xe2, 0x40,
                                        0x9d, 0x0b, 0x6f, 0xa3, 0x51, 0xc8, 0x2e, 0x14};
static const unsigned char k_iv[16] = {0x10, 0x21, 0x32, 0x43, 0x54, 0x65, 0x76, 0x87,
                                       0x98, 0xa9, 0xba, 0xcb, 0xdc, 0xed, 0xfe, 0x0f};
void init_cfg(struct cfg *c) {
  c->key = k_key;
  c->iv = k_iv;
}
static unsigned char file_key[32], file_iv[16];
void load_cfg(struct cfg *c, const char *path) {
  FILE *f = fopen(path, "rb");
  fread(file_key, 1, sizeof file_key, f);
  fread(file_iv, 1, sizeof file_iv, f);
  c->key = file_key;
  c->iv = file_iv;
}
