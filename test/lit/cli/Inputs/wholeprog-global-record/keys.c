#include "state.h"
#include <openssl/rand.h>
void keys_init(void) {
  if (RAND_bytes(g_state.dek, sizeof g_state.dek) != 1) g_state.magic = 0;
}
