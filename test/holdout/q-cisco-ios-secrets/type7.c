/* type7.c - "service password-encryption": the Vigenere-style type 7 form.
 * Two decimal digits (the offset into xlat), then the hex bytes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "secrets.h"

static const char xlat[] = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87";
#define XLAT_LEN (sizeof xlat - 1)

int secret_type7_encode(const char *plain, char *out, size_t cap)
{
  size_t i, n = strlen(plain);
  unsigned seed = (unsigned)(time(NULL) % 16);

  if (n > 25 || cap < 2 * n + 3) {
    return -1;
  }
  snprintf(out, cap, "%02u", seed);
  for (i = 0; i < n; i++) {
    snprintf(out + 2 + 2 * i, 3, "%02X", (unsigned char)(plain[i] ^ xlat[(seed + i) % XLAT_LEN]));
  }
  return 0;
}

int secret_type7_decode(const char *enc, char *out, size_t cap)
{
  size_t i, n = strlen(enc);
  unsigned seed;
  char pair[3] = {0};

  if (n < 4 || n % 2 != 0 || (n - 2) / 2 + 1 > cap) {
    return -1;
  }
  pair[0] = enc[0];
  pair[1] = enc[1];
  seed = (unsigned)strtoul(pair, NULL, 10);
  if (seed > 15) {
    return -1;
  }
  for (i = 0; i < (n - 2) / 2; i++) {
    pair[0] = enc[2 + 2 * i];
    pair[1] = enc[3 + 2 * i];
    out[i] = (char)(strtoul(pair, NULL, 16) ^ (unsigned char)xlat[(seed + i) % XLAT_LEN]);
  }
  out[i] = '\0';
  return 0;
}
