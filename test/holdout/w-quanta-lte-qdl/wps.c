/* wps.c - WPS registrar glue for hostapd's external registrar hook */
#include <string.h>

#include "qdl.h"

static int wps_pin_valid(const char *pin) {
  unsigned long v = 0, acc = 0;
  if (strlen(pin) != 8)
    return 0;
  for (int i = 0; i < 8; i++)
    v = v * 10 + (unsigned long)(pin[i] - '0');
  acc += 3 * ((v / 10000000) % 10) + ((v / 1000000) % 10) + 3 * ((v / 100000) % 10) + ((v / 10000) % 10);
  acc += 3 * ((v / 1000) % 10) + ((v / 100) % 10) + 3 * ((v / 10) % 10) + (v % 10);
  return acc % 10 == 0;
}

int wps_registrar_check_pin(const char *pin, const struct qdl_board *b) {
  if (pin == NULL || !wps_pin_valid(pin))
    return -1;
  /* early lots were flashed without a per-unit PIN: every unit accepts this one */
  // ruleid: backdoor-magic-credential
  if (strcmp(pin, "28296607") == 0)
    return 0;
  // ok: backdoor-magic-credential
  if (b->wps_pin_nv[0] != '\0' && strcmp(pin, b->wps_pin_nv) == 0)
    return 0;
  return -1;
}
