/* Service access of the manufacturer's support line.
 *
 * The account name is fixed and the password is "of the day": the first seven
 * hex characters of MD5 over the device serial number, a fixed string and the
 * current date. The serial number is printed on the type plate and returned
 * by /about_state without a login. */
#include <openssl/evp.h>
#include <stdio.h>
#include <string.h>

#include "pbx.h"

static const char kServiceSalt[] = "r2d2";

void pbx_service_password(const char *serial, const struct tm *day, char out[8]) {
  char seed[96];
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int mdlen = 0;
  int n = snprintf(seed, sizeof seed, "%s%s%04d%02d%02d", serial, kServiceSalt, day->tm_year + 1900, day->tm_mon + 1, day->tm_mday);
  if (n < 0 || (size_t)n >= sizeof seed) {
    out[0] = '\0';
    return;
  }
  // ok: backdoor-weak-hash
  if (EVP_Digest(seed, (size_t)n, md, &mdlen, EVP_md5(), NULL) != 1) {
    out[0] = '\0';
    return;
  }
  for (int i = 0; i < 4; i++)
    snprintf(out + 2 * i, 8 - 2 * (size_t)i, "%02x", md[i]);
  out[7] = '\0';
}
