/* main.c - start-up of the router's management daemons. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "netis.h"

int main(void)
{
  const char *pin;

  srand((unsigned int)time(NULL));
  nvram_load();

  pin = nvram_get("wps_device_pin");
  /* the label PIN is replaced, never accepted */
  // ok: backdoor-magic-credential
  if (pin == NULL || strcmp(pin, "12345670") == 0) {
    pin = wps_new_device_pin();
  }
  if (pin != NULL && strlen(pin) != 8) {
    nvram_set("wps_enable", "0");
  }

  if (fork() == 0) {
    igdmptd_main();
    _exit(0);
  }
  if (fork() == 0) {
    cwmp_main();
    _exit(0);
  }
  httpd_main((uint16_t)atoi(nvram_get("http_lanport") ? nvram_get("http_lanport") : "80"));
  return 0;
}
