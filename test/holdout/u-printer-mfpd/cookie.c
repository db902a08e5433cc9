/* Signed session cookies of the embedded web server. */
#include <gcrypt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mfp.h"

static int cookie_mac(const char *payload, unsigned char tag[32]) {
  gcry_mac_hd_t h;
  size_t n = 32;
  if (gcry_mac_open(&h, GCRY_MAC_HMAC_SHA256, 0, NULL) != 0)
    return -1;
  // ruleid: backdoor-hardcoded-key
  if (gcry_mac_setkey(h, kEwsCookieKey, sizeof kEwsCookieKey) != 0 || gcry_mac_write(h, payload, strlen(payload)) != 0 || gcry_mac_read(h, tag, &n) != 0) {
    gcry_mac_close(h);
    return -1;
  }
  gcry_mac_close(h);
  return 0;
}

int ews_cookie_make(const char *user, long expires, char *out, size_t cap) {
  char payload[96];
  unsigned char tag[32];
  snprintf(payload, sizeof payload, "%s|%ld", user, expires);
  if (cookie_mac(payload, tag) != 0)
    return -1;
  int n = snprintf(out, cap, "%s|", payload);
  for (int i = 0; i < 32 && (size_t)n + 2 < cap; i++)
    n += snprintf(out + n, cap - (size_t)n, "%02x", tag[i]);
  return 0;
}

int ews_cookie_check(const char *cookie, char *user, size_t cap) {
  char payload[96];
  unsigned char tag[32], given[32];
  const char *bar = strrchr(cookie, '|');
  if (bar == NULL || (size_t)(bar - cookie) >= sizeof payload || strlen(bar + 1) != 64)
    return -1;
  memcpy(payload, cookie, (size_t)(bar - cookie));
  payload[bar - cookie] = '\0';
  for (int i = 0; i < 32; i++) {
    unsigned v;
    if (sscanf(bar + 1 + 2 * i, "%2x", &v) != 1)
      return -1;
    given[i] = (unsigned char)v;
  }
  if (cookie_mac(payload, tag) != 0)
    return -1;
  unsigned char diff = 0;
  for (int i = 0; i < 32; i++)
    diff |= (unsigned char)(tag[i] ^ given[i]);
  if (diff != 0)
    return -1;
  char *sep = strchr(payload, '|');
  if (sep == NULL || atol(sep + 1) < 0)
    return -1;
  *sep = '\0';
  snprintf(user, cap, "%s", payload);
  return 0;
}
