/* Cheap randomness for timers and padding; main.c seeds it at start-up. */
#include <stdlib.h>
#include "vpnd.h"

void vpn_fill_random(uint8_t *out, size_t n) {
  for (size_t i = 0; i < n; i++)
    out[i] = (uint8_t)(random() >> 11);
}

unsigned vpn_jitter_ms(unsigned max) {
  return max ? (unsigned)(random() % max) : 0;
}
