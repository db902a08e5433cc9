/* Vendor command dispatch, generated from SED_VENDOR_CMDS. */
#include "sed.h"

struct vendor_cmd {
  uint8_t opcode;
  const char *name;
  int needs_unlock;
  vendor_handler fn;
};

#define SED_TABLE_ENTRY(op, name, needs_unlock) {op, #name, needs_unlock, handle_##name},
static const struct vendor_cmd kVendorCmds[] = {SED_VENDOR_CMDS(SED_TABLE_ENTRY)};
#undef SED_TABLE_ENTRY

int sed_dispatch(struct sed_state *st, uint8_t opcode, const uint8_t *payload, size_t n) {
  size_t i;

  for (i = 0; i < sizeof kVendorCmds / sizeof kVendorCmds[0]; i++) {
    const struct vendor_cmd *c = &kVendorCmds[i];
    if (c->opcode != opcode)
      continue;
    if (c->needs_unlock && !st->authenticated)
      return SED_ERR_LOCKED;
    return c->fn(st, payload, n);
  }
  return SED_ERR_PARAM;
}
