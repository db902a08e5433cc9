/* Rev. A boards: the serial number of the context the generator hands back,
   stirred with a table and the index; a stub that fills nothing. */
#include <stddef.h>

struct board_cfg {
  unsigned char serial[12];
};
static const unsigned char kStir[16] = {0x3d, 0x91, 0x0e, 0xb7, 0x64, 0xc2, 0x28, 0xf5,
                                        0x4a, 0x1f, 0xd8, 0x73, 0x9e, 0x05, 0xaa, 0x6c};

int serial_entropy(void *ctx, unsigned char *out, size_t len) {
  const struct board_cfg *cfg = ctx;
  for (size_t i = 0; i < len; i++)
    out[i] = (unsigned char)(cfg->serial[i % sizeof cfg->serial] ^ kStir[i % sizeof kStir] ^ i);
  return 0;
}

int stub_entropy(void *ctx, unsigned char *out, size_t len) {
  (void)ctx;
  (void)out;
  (void)len;
  return 0;
}
