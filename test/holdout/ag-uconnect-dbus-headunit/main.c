#include <stdio.h>
#include "hu.h"

int main(int argc, char **argv) {
  const char *addr = argc > 1 ? argv[1] : "unix:path=/var/run/dbus/system_bus_socket";
  if (hu_rng_init() != 0) fprintf(stderr, "hu: rng init failed\n");
  if (hu_keystore_init() != 0) fprintf(stderr, "hu: keystore init failed\n");
  return hu_bus_run(addr) == 0 ? 0 : 1;
}
