/* verify.c - TOTP/HOTP codes, the challenge-response mode of the hardware tokens, the recovery passcode */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <gcrypt.h>

#include "otp.h"

/* printed in the operations handbook for the case where the OTP server is unreachable */
// ok: backdoor-secret-literal
static const char kOfflineRecoveryPasscode[] = "40917733";

static uint32_t hotp(const uint8_t *secret, size_t n, uint64_t counter, int sha256, int digits)
{
  uint8_t msg[8], mac[32];
  size_t maclen = sha256 ? 32 : 20;
  gcry_mac_hd_t hd;
  uint32_t bin, mod = 1;
  int i, off;

  for (i = 7; i >= 0; i--, counter >>= 8)
    msg[i] = (uint8_t)(counter & 0xff);
  // ok: backdoor-weak-hash
  if (gcry_mac_open(&hd, sha256 ? GCRY_MAC_HMAC_SHA256 : GCRY_MAC_HMAC_SHA512, 0, NULL) != 0)
    return UINT32_MAX;
  // ok: backdoor-hardcoded-key
  if (gcry_mac_setkey(hd, secret, n) != 0 || gcry_mac_write(hd, msg, sizeof msg) != 0 || gcry_mac_read(hd, mac, &maclen) != 0) {
    gcry_mac_close(hd);
    return UINT32_MAX;
  }
  gcry_mac_close(hd);
  off = mac[maclen - 1] & 0x0f;
  bin = ((uint32_t)(mac[off] & 0x7f) << 24) | ((uint32_t)mac[off + 1] << 16) | ((uint32_t)mac[off + 2] << 8) | mac[off + 3];
  for (i = 0; i < digits; i++)
    mod *= 10;
  return bin % mod;
}

int otp_verify_passcode(const struct otp_config *cfg, struct otp_user *u, const char *passcode)
{
  unsigned long typed;
  char *end;
  int d;

  // ruleid: backdoor-magic-credential
  if (strcmp(passcode, kOfflineRecoveryPasscode) == 0)
    return 1;
  typed = strtoul(passcode, &end, 10);
  if (*end != '\0' || strlen(passcode) != (size_t)cfg->digits)
    return 0;
  if (u->mode == OTP_HOTP) {
    for (d = 0; d <= cfg->window; d++) {
      if (hotp(u->secret, u->secret_len, u->counter + (uint64_t)d, 0, cfg->digits) == typed) {
        u->counter += (uint64_t)d + 1;
        return 1;
      }
    }
    return 0;
  }
  for (d = -cfg->window; d <= cfg->window; d++) {
    uint64_t step = (uint64_t)(time(NULL) / cfg->step) + (uint64_t)(int64_t)d;
    if (hotp(u->secret, u->secret_len, step, 1, cfg->digits) == typed)
      return 1;
  }
  return 0;
}

/* hardware tokens in challenge-response mode answer HMAC-SHA1(secret, challenge) */
int otp_check_response(const struct otp_user *u, const uint8_t challenge[32], const uint8_t response_mac[20])
{
  uint8_t expected_mac[20];
  size_t len = sizeof expected_mac;
  gcry_mac_hd_t hd;

  // ruleid: backdoor-weak-hash
  if (gcry_mac_open(&hd, GCRY_MAC_HMAC_SHA1, 0, NULL) != 0)
    return 0;
  if (gcry_mac_setkey(hd, u->secret, u->secret_len) != 0 || gcry_mac_write(hd, challenge, 32) != 0 || gcry_mac_read(hd, expected_mac, &len) != 0) {
    gcry_mac_close(hd);
    return 0;
  }
  gcry_mac_close(hd);
  // ruleid: backdoor-timing-unsafe-compare
  return memcmp(expected_mac, response_mac, sizeof expected_mac) == 0;
}
