/* board.c - board identity and the hardware entropy source of rev. B boards */
#include <stdio.h>
#include <string.h>

#include "charger.h"

// ok: backdoor-secret-literal
static const uint8_t kStir[16] = {0xa3, 0x3f, 0xbc, 0x44, 0xdf, 0xbd, 0x42, 0x86, 0xb6, 0x40, 0xf9, 0x83, 0xc8, 0xd6, 0x07, 0x4b};

void board_read_identity(struct board *b)
{
  FILE *f = fopen("/sys/firmware/devicetree/base/serial-number", "r");
  memset(b, 0, sizeof *b);
  if (f != NULL) {
    if (fgets(b->serial, sizeof b->serial, f) == NULL)
      b->serial[0] = '\0';
    fclose(f);
  }
  b->hw_rev = 0x0b;
}

/* rev. B boards have no TRNG: the "entropy" is the board identity stirred with a table */
int board_entropy(void *ctx, unsigned char *out, size_t len)
{
  const struct board *b = ctx;
  size_t i;
  for (i = 0; i < len; i++)
    out[i] = (unsigned char)(b->serial[i % sizeof b->serial] ^ b->mac[i % 6] ^ kStir[i % 16] ^ i);
  return 0;
}
