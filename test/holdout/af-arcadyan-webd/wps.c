/* wps.c: the WPS PIN of the access point (label PIN, or one generated on
 * first boot when the production line left nvram's wps_pin empty). */
#include "arc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* WSC 2.0 checksum digit of a 7-digit PIN */
static unsigned wps_checksum(unsigned pin) {
  unsigned accum = 0;
  while (pin) {
    accum += 3 * (pin % 10);
    pin /= 10;
    accum += pin % 10;
    pin /= 10;
  }
  return (10 - accum % 10) % 10;
}

int wps_pin(char out[9]) {
  const char *stored = nvram_get("wps_pin");
  if (strlen(stored) == 8) {
    memcpy(out, stored, 9);
    return 0;
  }
  srand((unsigned)time(NULL) ^ (unsigned)getpid());
  // ruleid: backdoor-predictable-random
  unsigned pin = (unsigned)rand() % 10000000u;
  snprintf(out, 9, "%07u%u", pin, wps_checksum(pin));
  nvram_set("wps_pin", out);
  return nvram_commit();
}
