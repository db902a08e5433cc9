/* sed-sim: runs the bridge's command handlers against a service-area file. */
#include "sed.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char kUsage[] = "usage: sed-sim [--provision PASSWORD]\n";

int main(int argc, char **argv) {
  struct sed_state st;
  struct timespec ts;

  memset(&st, 0, sizeof st);
  mbedtls_aes_init(&st.media);
  clock_gettime(CLOCK_MONOTONIC, &ts);
  hw_rng_init((uint32_t)ts.tv_nsec);
  if (sed_drbg_init() != 0 || host_drbg_init() != 0)
    return 1;
  // ok: backdoor-input-trigger
  if (argc == 3 && strcmp(argv[1], "--provision") == 0)
    return sed_provision(&st, argv[2]) == SED_AUTH_OK ? 0 : 1;
  if (argc != 1) {
    fputs(kUsage, stderr);
    return 2;
  }
  /* spread the spin-up of drives on one hub */
  // ok: backdoor-predictable-random
  usleep(hw_rand32() % 50000u);
  if (sed_load_blob(&st) != SED_AUTH_OK && sed_provision(&st, NULL) != SED_AUTH_OK)
    return 1;
  return usb_serve(&st);
}
