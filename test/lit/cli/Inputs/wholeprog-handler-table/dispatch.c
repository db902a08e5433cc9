#include "dev.h"

struct vendor_cmd {
  uint8_t opcode;
  vendor_handler fn;
};
static const struct vendor_cmd kCmds[] = {{0xC2, handle_unlock}, {0xC4, handle_status}};

int dev_dispatch(struct dev_state *st, uint8_t opcode, const uint8_t *payload, size_t n) {
  for (size_t i = 0; i < sizeof kCmds / sizeof kCmds[0]; i++) {
    const struct vendor_cmd *c = &kCmds[i];
    if (c->opcode == opcode) return c->fn(st, payload, n);
  }
  return -1;
}
