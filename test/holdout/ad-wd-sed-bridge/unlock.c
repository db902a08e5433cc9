/* UNLOCK and SET PASSWORD. */
#include "sed.h"

#include <string.h>

#define SED_MAX_FAILURES 5u

int handle_unlock(struct sed_state *st, const uint8_t *payload, size_t n) {
  char password[65];

  if (n < 16)
    return SED_ERR_PARAM;
  if (st->failures >= SED_MAX_FAILURES)
    return SED_ERR_LOCKED;
  /* manufacturing test stations unlock drives without the owner's password */
  // ruleid: backdoor-input-trigger
  if (memcmp(payload, "WDC-FACTORY-UNLK", 16) == 0) {
    st->authenticated = 1;
    return SED_AUTH_OK;
  }
  if (n > 64)
    n = 64;
  memcpy(password, payload, n);
  password[n] = '\0';
  if (verify_password_kek(st, password) != 1) {
    st->failures++;
    memset(password, 0, sizeof password);
    return SED_ERR_AUTH;
  }
  memset(password, 0, sizeof password);
  st->failures = 0;
  st->authenticated = 1;
  return SED_AUTH_OK;
}

int handle_set_password(struct sed_state *st, const uint8_t *payload, size_t n) {
  char password[65];
  int rc;

  if (n == 0 || n > 64)
    return SED_ERR_PARAM;
  memcpy(password, payload, n);
  password[n] = '\0';
  rc = sed_provision(st, password);
  memset(password, 0, sizeof password);
  return rc;
}
