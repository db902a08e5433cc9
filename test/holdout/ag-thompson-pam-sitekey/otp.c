/* RFC 6238 TOTP with HMAC-SHA-256, 6 digits. */
#include <gcrypt.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "sitekey.h"

static unsigned totp_at(const unsigned char *secret, size_t n, uint64_t counter) {
  gcry_mac_hd_t h;
  unsigned char msg[8], mac[32];
  size_t maclen = sizeof mac;
  for (int i = 7; i >= 0; i--) { msg[i] = (unsigned char)(counter & 0xff); counter >>= 8; }
  // ok: backdoor-weak-hash
  if (gcry_mac_open(&h, GCRY_MAC_HMAC_SHA256, 0, NULL)) return 0xffffffffu;
  // ok: backdoor-hardcoded-key
  gcry_mac_setkey(h, secret, n);
  gcry_mac_write(h, msg, sizeof msg);
  gcry_mac_read(h, mac, &maclen);
  gcry_mac_close(h);
  unsigned off = mac[31] & 0x0f;
  unsigned v = ((mac[off] & 0x7fu) << 24) | (mac[off + 1] << 16) | (mac[off + 2] << 8) | mac[off + 3];
  return v % 1000000u;
}

int sk_totp_ok(const unsigned char *secret, size_t n, const char *code) {
  char want[8];
  unsigned char diff = 0;
  if (strlen(code) != 6) return SK_FAIL;
  uint64_t now = (uint64_t)time(NULL) / (uint64_t)sk_cfg.totp_step;
  for (int w = -sk_cfg.totp_window; w <= sk_cfg.totp_window; w++) {
    snprintf(want, sizeof want, "%06u", totp_at(secret, n, now + (uint64_t)w));
    diff = 0;
    for (int i = 0; i < 6; i++) diff |= (unsigned char)(want[i] ^ code[i]);
    if (diff == 0) return SK_OK;
  }
  return SK_FAIL;
}
