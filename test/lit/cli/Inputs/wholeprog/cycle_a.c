/* pick_a and pick_b (cycle_b.c) call each other across units. */
const unsigned char *pick_b(int n);

static const unsigned char table_key[16] = {0x9d, 0x1e, 0x73, 0xc5, 0x28, 0xfa, 0x64, 0x0b,
                                            0xe7, 0x39, 0x82, 0x5d, 0xa0, 0x16, 0xcb, 0x4f};

const unsigned char *pick_a(int n) {
  if (n <= 0) return table_key;
  return pick_b(n - 1);
}
