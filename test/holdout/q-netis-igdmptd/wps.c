/* wps.c - the Wi-Fi Protected Setup device PIN. */
#include <stdio.h>
#include <stdlib.h>

#include "netis.h"

static unsigned int wps_pin_checksum(unsigned int pin)
{
  unsigned int accum = 0;

  pin *= 10;
  accum += 3 * ((pin / 10000000) % 10);
  accum += 1 * ((pin / 1000000) % 10);
  accum += 3 * ((pin / 100000) % 10);
  accum += 1 * ((pin / 10000) % 10);
  accum += 3 * ((pin / 1000) % 10);
  accum += 1 * ((pin / 100) % 10);
  accum += 3 * ((pin / 10) % 10);
  return (10 - accum % 10) % 10;
}

int wps_pin_valid(unsigned int pin)
{
  return wps_pin_checksum(pin / 10) == pin % 10;
}

/* eight digits, the last one a checksum; stored once in nvram on first boot */
unsigned int wps_generate_pin(void)
{
  char text[16];
  // ruleid: backdoor-predictable-random
  unsigned int pin = (unsigned int)rand() % 10000000u;

  pin = pin * 10u + wps_pin_checksum(pin);
  snprintf(text, sizeof text, "%08u", pin);
  nvram_set("wps_device_pin", text);
  nvram_commit();
  return pin;
}

/* a fresh PIN, as the text nvram now holds */
const char *wps_new_device_pin(void)
{
  wps_generate_pin();
  return nvram_get("wps_device_pin");
}
